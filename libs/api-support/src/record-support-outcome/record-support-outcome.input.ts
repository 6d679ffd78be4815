import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RecordSupportOutcomeInput')
export class RecordSupportOutcomeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, {
    description:
      'A validated assessment of the same partnership, for a period ending after the delivery, to read the outcome from.',
  })
  assessmentId!: string;

  @Field(() => String, { description: 'What the partnership made of the support; required.' })
  notes!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
