export { AssessmentsModule } from './assessments.module';
export { OpenAssessmentCommand } from './open-assessment/open-assessment.command';
export { ScoreCriterionCommand } from './score-criterion/score-criterion.command';
export { SubmitAssessmentCommand } from './submit-assessment/submit-assessment.command';
