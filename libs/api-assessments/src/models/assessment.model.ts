import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { findFramework, strengthsAndWeaknesses, type OpenedAssessment } from '@nsf/domain';
import { ASSESSMENT_STATUS, AssessmentStatusEnum } from './assessment-status.enum';
import { HallmarkFindingModel } from './hallmark-finding.model';
import { ModeratedScoreModel } from './moderated-score.model';
import { ReviewScoreModel } from './review-score.model';
import { ReviewSourceEnum } from './review-source.enum';

@ObjectType('CriterionScore', { description: 'The latest score a partnership gave itself on one criterion.' })
export class CriterionScoreModel {
  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'A level of the scale of the assessment’s framework version.' })
  score!: number;

  @Field(() => String)
  rationale!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What shows the partnership is at this level; null when none was given.',
  })
  evidence!: string | null;

  @Field(() => [String], { description: 'Web addresses of documents that support the score.' })
  evidenceLinks!: string[];
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

  @Field(() => [String], {
    description:
      'The criteria that apply to the partnership, in framework order: fixed when the assessment opened, so a later change to the partnership does not move them.',
  })
  applicableCriteria!: string[];

  @Field(() => Int)
  scoredCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The coordinator’s comments from the latest return; null if it was never returned.',
  })
  returnComments!: string | null;

  @Field(() => [ModeratedScoreModel], {
    nullable: true,
    description: 'When validated: the criteria the coordinator scored differently (possibly none); otherwise null.',
  })
  moderatedScores!: ModeratedScoreModel[] | null;

  @Field(() => [ReviewScoreModel], {
    description:
      'Every score of every diagnostic or peer review, in the order recorded; the self-scores are unchanged.',
  })
  reviewScores!: ReviewScoreModel[];

  @Field(() => [HallmarkFindingModel], {
    description: 'When validated: criteria at the top level of the scale, by hallmark; otherwise empty.',
  })
  strengths!: HallmarkFindingModel[];

  @Field(() => [HallmarkFindingModel], {
    description:
      'When validated: each hallmark’s lowest-scored criteria, when below the middle of the scale (Established); otherwise empty.',
  })
  weaknesses!: HallmarkFindingModel[];

  static from(state: OpenedAssessment): AssessmentModel {
    const framework = findFramework(state.frameworkVersion);
    // The version was checked when the assessment opened, and editions are never removed.
    if (!framework)
      throw new Error(`framework ${state.frameworkVersion} of assessment ${state.assessmentId} is missing`);
    const { strengths, weaknesses } = strengthsAndWeaknesses(state, framework);
    return Object.assign(new AssessmentModel(), {
      id: state.assessmentId,
      partnershipId: state.partnershipId,
      period: state.period,
      frameworkVersion: state.frameworkVersion,
      status: ASSESSMENT_STATUS[state.status],
      scores: state.scores.map(({ criterionId, score, rationale, evidence }) => ({
        criterionId,
        score,
        rationale,
        evidence: evidence.text,
        evidenceLinks: [...evidence.links],
      })),
      applicableCriteriaCount: state.applicableCriteria.length,
      applicableCriteria: [...state.applicableCriteria],
      scoredCount: state.scores.length,
      returnComments: state.returnComments,
      moderatedScores: state.status === 'validated' ? state.moderatedScores.map((score) => ({ ...score })) : null,
      reviewScores: state.reviews.flatMap(({ source, reviewer, reviewedOn, scores }) =>
        scores.map((score) => ({ source: ReviewSourceEnum[source], reviewer, reviewedOn, ...score })),
      ),
      strengths: strengths.map((finding) => ({ ...finding })),
      weaknesses: weaknesses.map((finding) => ({ ...finding })),
    });
  }
}
