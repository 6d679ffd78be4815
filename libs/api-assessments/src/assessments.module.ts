import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetAssessmentHandler } from './get-assessment/get-assessment.handler';
import { GetAssessmentResolver } from './get-assessment/get-assessment.resolver';
import { OpenAssessmentHandler } from './open-assessment/open-assessment.handler';
import { OpenAssessmentResolver } from './open-assessment/open-assessment.resolver';
import { RecordReviewScoresHandler } from './record-review-scores/record-review-scores.handler';
import { RecordReviewScoresResolver } from './record-review-scores/record-review-scores.resolver';
import { ReturnAssessmentHandler } from './return-assessment/return-assessment.handler';
import { ReturnAssessmentResolver } from './return-assessment/return-assessment.resolver';
import { ScoreCriterionHandler } from './score-criterion/score-criterion.handler';
import { ScoreCriterionResolver } from './score-criterion/score-criterion.resolver';
import { SubmitAssessmentHandler } from './submit-assessment/submit-assessment.handler';
import { SubmitAssessmentResolver } from './submit-assessment/submit-assessment.resolver';
import { ValidateAssessmentHandler } from './validate-assessment/validate-assessment.handler';
import { ValidateAssessmentResolver } from './validate-assessment/validate-assessment.resolver';

/**
 * Self-assessment and its moderation: a partnership opens an assessment for a period, scores its
 * criteria, submits; the region's coordinator returns it for revision or validates it, and
 * records the scores of diagnostic and peer reviews beside the partnership's own.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    OpenAssessmentResolver,
    OpenAssessmentHandler,
    ScoreCriterionResolver,
    ScoreCriterionHandler,
    SubmitAssessmentResolver,
    SubmitAssessmentHandler,
    ReturnAssessmentResolver,
    ReturnAssessmentHandler,
    ValidateAssessmentResolver,
    ValidateAssessmentHandler,
    RecordReviewScoresResolver,
    RecordReviewScoresHandler,
    GetAssessmentResolver,
    GetAssessmentHandler,
  ],
})
export class AssessmentsModule {}
