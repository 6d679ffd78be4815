import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RecordSupportDeliveredInput')
export class RecordSupportDeliveredInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'The date the support was delivered, YYYY-MM-DD.' })
  deliveredOn!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
