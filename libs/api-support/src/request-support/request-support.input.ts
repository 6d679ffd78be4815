import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RequestSupportInput')
export class RequestSupportInput {
  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, { description: 'The id of a SupportOffer.' })
  offerId!: string;

  @Field(() => String, { description: 'What the partnership needs; required for place-based support.' })
  need!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once; it also names the case.',
  })
  commandId?: string | null;
}
