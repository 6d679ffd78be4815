import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentComparison } from '@nsf/domain';

@ObjectType('CriterionChange', { description: 'A criterion’s effective score in each assessment.' })
export class CriterionChangeModel {
  @Field(() => String)
  criterionId!: string;

  @Field(() => String)
  hallmarkId!: string;

  @Field(() => Int, { nullable: true, description: 'In the first assessment; null if it was not scored there.' })
  before!: number | null;

  @Field(() => Int, { nullable: true, description: 'In the second assessment; null if it was not scored there.' })
  after!: number | null;

  @Field(() => Int, { nullable: true, description: 'after − before; null unless scored in both.' })
  change!: number | null;
}

@ObjectType('HallmarkChange', { description: 'A hallmark’s effective average in each assessment.' })
export class HallmarkChangeModel {
  @Field(() => String)
  hallmarkId!: string;

  @Field(() => Float, { nullable: true })
  before!: number | null;

  @Field(() => Float, { nullable: true })
  after!: number | null;

  @Field(() => Float, { nullable: true, description: 'after − before; null unless both have an average.' })
  change!: number | null;

  @Field(() => Int, { nullable: true })
  levelBefore!: number | null;

  @Field(() => Int, { nullable: true })
  levelAfter!: number | null;
}

@ObjectType('AssessmentComparison', { description: 'Two assessments of one partnership, side by side.' })
export class AssessmentComparisonModel {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;

  @Field(() => String)
  periodA!: string;

  @Field(() => String)
  periodB!: string;

  @Field(() => [CriterionChangeModel])
  criteria!: CriterionChangeModel[];

  @Field(() => [HallmarkChangeModel], { description: 'In framework order.' })
  hallmarks!: HallmarkChangeModel[];

  @Field(() => Int, { description: 'Criteria whose effective score rose from a to b.' })
  gains!: number;

  @Field(() => Int, { description: 'Criteria whose effective score fell from a to b.' })
  losses!: number;

  @Field(() => Int, { description: 'Hallmarks whose level (the average rounded to the scale) moved.' })
  levelChanges!: number;

  static from(comparison: AssessmentComparison): AssessmentComparisonModel {
    const { before, after, criteria, hallmarks, gains, losses, levelChanges } = comparison;
    return Object.assign(new AssessmentComparisonModel(), {
      a: before.assessmentId,
      b: after.assessmentId,
      periodA: before.period,
      periodB: after.period,
      criteria: [...criteria],
      hallmarks: [...hallmarks],
      gains,
      losses,
      levelChanges,
    });
  }
}
