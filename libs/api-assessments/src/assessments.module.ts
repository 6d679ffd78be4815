import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { OpenAssessmentHandler } from './open-assessment/open-assessment.handler';
import { OpenAssessmentResolver } from './open-assessment/open-assessment.resolver';
import { ScoreCriterionHandler } from './score-criterion/score-criterion.handler';
import { ScoreCriterionResolver } from './score-criterion/score-criterion.resolver';
import { SubmitAssessmentHandler } from './submit-assessment/submit-assessment.handler';
import { SubmitAssessmentResolver } from './submit-assessment/submit-assessment.resolver';

/** Self-assessment: a partnership opens an assessment for a period, scores its criteria, submits. */
@Module({
  imports: [CqrsModule],
  providers: [
    OpenAssessmentResolver,
    OpenAssessmentHandler,
    ScoreCriterionResolver,
    ScoreCriterionHandler,
    SubmitAssessmentResolver,
    SubmitAssessmentHandler,
  ],
})
export class AssessmentsModule {}
