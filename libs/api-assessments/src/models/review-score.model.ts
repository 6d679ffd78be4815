import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReviewSourceEnum } from './review-source.enum';

@ObjectType('ReviewScore', {
  description: 'A third-party review’s score for one criterion, kept beside the self-score and never in its place.',
})
export class ReviewScoreModel {
  @Field(() => ReviewSourceEnum)
  source!: ReviewSourceEnum;

  @Field(() => String, { description: 'Who carried out the review.' })
  reviewer!: string;

  @Field(() => String, { description: 'The date of the review, YYYY-MM-DD.' })
  reviewedOn!: string;

  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'A level of the scale of the assessment’s framework version.' })
  score!: number;

  @Field(() => String)
  rationale!: string;
}
