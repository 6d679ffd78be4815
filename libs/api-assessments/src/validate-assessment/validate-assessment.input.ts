import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('ModeratedScoreInput')
export class ModeratedScoreInput {
  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'The coordinator’s score: on the scale, and different from the self-score.' })
  score!: number;

  @Field(() => String, { description: 'Why the coordinator scores this criterion differently.' })
  reason!: string;
}

@InputType('ValidateAssessmentInput')
export class ValidateAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [ModeratedScoreInput], {
    nullable: true,
    description: 'Only the criteria scored differently from the partnership; omit to accept every self-score.',
  })
  moderatedScores?: ModeratedScoreInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
