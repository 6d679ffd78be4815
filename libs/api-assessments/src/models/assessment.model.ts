import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OpenedAssessment } from '@nsf/domain';
import { AssessmentStatusEnum } from './assessment-status.enum';

@ObjectType('CriterionScore', { description: 'The latest score a partnership gave itself on one criterion.' })
export class CriterionScoreModel {
  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'A level of the scale of the assessment’s framework version.' })
  score!: number;

  @Field(() => String)
  rationale!: string;
}

@ObjectType('Assessment', { description: 'A partnership’s self-assessment for one period.' })
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, { description: 'The financial year assessed, e.g. 2009-10.' })
  period!: string;

  @Field(() => String)
  frameworkVersion!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatusEnum;

  @Field(() => [CriterionScoreModel], { description: 'In framework order.' })
  scores!: CriterionScoreModel[];

  @Field(() => Int, { description: 'How many criteria apply to the partnership.' })
  applicableCriteriaCount!: number;

  @Field(() => Int)
  scoredCount!: number;

  static from(state: OpenedAssessment): AssessmentModel {
    return Object.assign(new AssessmentModel(), {
      id: state.assessmentId,
      partnershipId: state.partnershipId,
      period: state.period,
      frameworkVersion: state.frameworkVersion,
      status: state.status === 'open' ? AssessmentStatusEnum.OPEN : AssessmentStatusEnum.SUBMITTED,
      scores: state.scores.map(({ criterionId, score, rationale }) => ({ criterionId, score, rationale })),
      applicableCriteriaCount: state.applicableCriteria.length,
      scoredCount: state.scores.length,
    });
  }
}
