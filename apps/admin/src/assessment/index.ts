// The self-assessment and moderation screens, one module boundary so the router can load them lazily.
export { AssessmentTaskListPage } from './task-list.page';
export { CriterionPage } from './criterion.page';
export { CheckAnswersPage } from './check-answers.page';
export { ModerationPage } from './moderation.page';
