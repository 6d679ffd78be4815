// The audit area: its screens, loaded apart from the rest of the app. The access rule the
// navigation needs lives in ./audit-access, which does not pull these screens in.
export { AuditArea } from './audit-area';
export { AuditStartPage } from './start/audit-start.page';
export { AuditPartnershipLayout } from './audit-partnership.layout';
export { AuditEventsPage } from './events/events.page';
export { ReplayPage } from './replay/replay.page';
export { ComparePage } from './compare/compare.page';
export { VerifyPage } from './verify/verify.page';
export { ExportPage } from './export/export.page';
