import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReviewSourceEnum } from '../models/review-source.enum';

@InputType('ReviewScoreInput')
export class ReviewScoreInput {
  @Field(() => String, { description: 'e.g. leadership.1: a criterion that applies to the partnership.' })
  criterionId!: string;

  @Field(() => Int, { description: 'A level of the scale of the assessment’s framework version.' })
  score!: number;

  @Field(() => String, { description: 'Why the review gave this score.' })
  rationale!: string;
}

@InputType('RecordReviewScoresInput')
export class RecordReviewScoresInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ReviewSourceEnum)
  source!: ReviewSourceEnum;

  @Field(() => String, { description: 'Who carried out the review.' })
  reviewer!: string;

  @Field(() => String, { description: 'The date of the review, YYYY-MM-DD.' })
  reviewedOn!: string;

  @Field(() => [ReviewScoreInput], { description: 'At least one; each criterion at most once.' })
  scores!: ReviewScoreInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
