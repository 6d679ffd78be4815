import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('LiftPriorityInput')
export class LiftPriorityInput {
  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, {
    description: 'Why it is no longer a priority; required, so the decision can be explained and audited.',
  })
  rationale!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Ids of the events the decision relies on, e.g. a validated assessment’s.',
  })
  evidence?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
