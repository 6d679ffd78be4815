export { PartnershipsModule } from './partnerships.module';
export { RegisterPartnershipCommand } from './register-partnership/register-partnership.command';
export { DesignatePriorityCommand } from './designate-priority/designate-priority.command';
export { LiftPriorityCommand } from './lift-priority/lift-priority.command';
export { EscalateCommand } from './escalate/escalate.command';
export { ResolveEscalationCommand } from './resolve-escalation/resolve-escalation.command';
export { MergePartnershipsCommand } from './merge-partnerships/merge-partnerships.command';
