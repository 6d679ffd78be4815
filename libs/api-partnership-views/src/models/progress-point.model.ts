import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgressPoint', {
  description: 'One hallmark in one validated assessment, beside the region’s and the nation’s average that period.',
})
export class ProgressPointModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => String)
  period!: string;

  @Field(() => String)
  hallmarkId!: string;

  @Field(() => Float, { nullable: true, description: 'Mean of the partnership’s own scores.' })
  selfAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the effective (moderated where moderated) scores.' })
  effectiveAverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the diagnostic and peer review scores on the hallmark; null without a review.',
  })
  reviewAverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean effective level of the region’s partnerships validated for the period.',
  })
  regionAverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean effective level of every partnership validated for the period.',
  })
  nationalAverage!: number | null;
}
