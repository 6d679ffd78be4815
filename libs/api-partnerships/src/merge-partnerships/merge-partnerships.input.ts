import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('MergePartnershipsInput')
export class MergePartnershipsInput {
  @Field(() => String, { description: 'The partnership that merges and ceases to act on its own.' })
  partnershipId!: string;

  @Field(() => String, { description: 'The registered partnership of the same region it merges into.' })
  successorId!: string;

  @Field(() => String, { description: 'Why they merge; required, so the decision can be explained and audited.' })
  rationale!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Ids of the events the decision relies on.',
  })
  evidence?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
