import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('ScoreCriterionInput')
export class ScoreCriterionInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'A level of the scale of the assessment’s framework version.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'What shows the partnership is at this level.' })
  evidence?: string | null;

  @Field(() => [String], { nullable: true, description: 'Web addresses of documents that support the score.' })
  evidenceLinks?: string[] | null;

  @Field(() => String, { description: 'Why this score: required for every score and every revision.' })
  rationale!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
