export { AssessmentsModule } from './assessments.module';
export { OpenAssessmentCommand } from './open-assessment/open-assessment.command';
export { ScoreCriterionCommand } from './score-criterion/score-criterion.command';
export { SubmitAssessmentCommand } from './submit-assessment/submit-assessment.command';
export { ReturnAssessmentCommand } from './return-assessment/return-assessment.command';
export { ValidateAssessmentCommand } from './validate-assessment/validate-assessment.command';
export { GetAssessmentQuery } from './get-assessment/get-assessment.query';
export { RecordReviewScoresCommand } from './record-review-scores/record-review-scores.command';
