// The support screens of a partnership: its cases, raising and deciding them, delivery and
// outcome, and the decisions about the partnership itself (priority status, escalation). Each
// page is a named export with no side effects, so the app may load them lazily.
export { SupportPage } from './support.page';
export { RequestSupportPage, ProposeSupportPage } from './raise-support.page';
export { SupportCasePage } from './support-case.page';
export { DecideSupportPage } from './decide-support.page';
export { RecordDeliveryPage } from './record-delivery.page';
export { RecordOutcomePage } from './record-outcome.page';
export {
  DesignatePriorityPage,
  LiftPriorityPage,
  EscalatePage,
  ResolveEscalationPage,
} from './partnership-decision.page';
