import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentScores } from '@nsf/domain';

@ObjectType('HallmarkScores', { description: 'Where an assessment stands on one hallmark.' })
export class HallmarkScoresModel {
  @Field(() => String)
  hallmarkId!: string;

  @Field(() => Float, { nullable: true, description: 'Mean of the partnership’s own scores; null if none scored.' })
  selfAverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the effective scores (the coordinator’s moderated score where there is one).',
  })
  average!: number | null;

  @Field(() => Int, { nullable: true, description: 'The scale level the effective average rounds to.' })
  level!: number | null;
}

@ObjectType('CriterionScores', { description: 'A criterion’s self score beside its effective score.' })
export class CriterionScoresModel {
  @Field(() => String)
  criterionId!: string;

  @Field(() => String)
  hallmarkId!: string;

  @Field(() => Int)
  selfScore!: number;

  @Field(() => Int, { description: 'The moderated score where the coordinator moderated it, else the self score.' })
  effectiveScore!: number;
}

@ObjectType('AssessmentScores', { description: 'One assessment’s scores, per hallmark and per criterion.' })
export class AssessmentScoresModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'OPEN, SUBMITTED, RETURNED or VALIDATED.' })
  status!: string;

  @Field(() => String)
  frameworkVersion!: string;

  @Field(() => [HallmarkScoresModel], { description: 'Every hallmark, in framework order.' })
  hallmarks!: HallmarkScoresModel[];

  @Field(() => [CriterionScoresModel], { description: 'Every scored criterion, in framework order.' })
  criteria!: CriterionScoresModel[];

  static from(scores: AssessmentScores): AssessmentScoresModel {
    return Object.assign(new AssessmentScoresModel(), {
      ...scores,
      status: scores.status.toUpperCase(),
      hallmarks: [...scores.hallmarks],
      criteria: [...scores.criteria],
    });
  }
}
