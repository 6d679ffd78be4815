import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AddImprovementActionInput')
export class AddImprovementActionInput {
  @Field(() => String)
  partnershipId!: string;

  @Field(() => ID, {
    description: 'A UUID chosen by the client; with the partnership it names the action, so a retry lands on it.',
  })
  actionUuid!: string;

  @Field(() => String, { description: 'The criterion whose weakness the action addresses, e.g. intelligence.1.' })
  criterionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partnership’s validated assessment where the weakness was found, if any.',
  })
  assessmentId?: string | null;

  @Field(() => String, { description: 'What the partnership will do.' })
  description!: string;

  @Field(() => String, { description: 'Who answers for the action: a person or a post.' })
  owner!: string;

  @Field(() => String, { description: 'The due date, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
