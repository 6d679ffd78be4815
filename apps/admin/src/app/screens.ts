// Every screen behind a route, each area loaded when one of its routes is first visited, so a
// person downloads only the screens they use: a partnership's lead never loads the coordinator's
// overview, and nobody loads an area they are not shown. The sign-in and sign-out screens stay
// in the first download: everyone needs them.
import { lazy } from 'react';

export const PartnershipListPage = lazy(() =>
  import('../partnerships').then((module) => ({ default: module.PartnershipListPage })),
);
export const RegisterPartnershipPage = lazy(() =>
  import('../partnerships').then((module) => ({ default: module.RegisterPartnershipPage })),
);
export const OverviewPage = lazy(() => import('../overview').then((module) => ({ default: module.OverviewPage })));
export const PartnershipLayout = lazy(() =>
  import('../partnership').then((module) => ({ default: module.PartnershipLayout })),
);
export const PartnershipOverviewPage = lazy(() =>
  import('../partnership').then((module) => ({ default: module.PartnershipOverviewPage })),
);
export const PartnershipActionsPage = lazy(() =>
  import('../partnership').then((module) => ({ default: module.PartnershipActionsPage })),
);
export const TimelinePage = lazy(() => import('../timeline').then((module) => ({ default: module.TimelinePage })));
export const AuditArea = lazy(() => import('../audit').then((module) => ({ default: module.AuditArea })));
export const AuditStartPage = lazy(() => import('../audit').then((module) => ({ default: module.AuditStartPage })));
export const AuditPartnershipLayout = lazy(() =>
  import('../audit').then((module) => ({ default: module.AuditPartnershipLayout })),
);
export const AuditEventsPage = lazy(() => import('../audit').then((module) => ({ default: module.AuditEventsPage })));
export const ReplayPage = lazy(() => import('../audit').then((module) => ({ default: module.ReplayPage })));
export const ComparePage = lazy(() => import('../audit').then((module) => ({ default: module.ComparePage })));
export const VerifyPage = lazy(() => import('../audit').then((module) => ({ default: module.VerifyPage })));
export const ExportPage = lazy(() => import('../audit').then((module) => ({ default: module.ExportPage })));
export const SupportPage = lazy(() => import('../support').then((module) => ({ default: module.SupportPage })));
export const RequestSupportPage = lazy(() =>
  import('../support').then((module) => ({ default: module.RequestSupportPage })),
);
export const ProposeSupportPage = lazy(() =>
  import('../support').then((module) => ({ default: module.ProposeSupportPage })),
);
export const SupportCasePage = lazy(() => import('../support').then((module) => ({ default: module.SupportCasePage })));
export const DecideSupportPage = lazy(() =>
  import('../support').then((module) => ({ default: module.DecideSupportPage })),
);
export const RecordDeliveryPage = lazy(() =>
  import('../support').then((module) => ({ default: module.RecordDeliveryPage })),
);
export const RecordOutcomePage = lazy(() =>
  import('../support').then((module) => ({ default: module.RecordOutcomePage })),
);
export const DesignatePriorityPage = lazy(() =>
  import('../support').then((module) => ({ default: module.DesignatePriorityPage })),
);
export const LiftPriorityPage = lazy(() =>
  import('../support').then((module) => ({ default: module.LiftPriorityPage })),
);
export const EscalatePage = lazy(() => import('../support').then((module) => ({ default: module.EscalatePage })));
export const ResolveEscalationPage = lazy(() =>
  import('../support').then((module) => ({ default: module.ResolveEscalationPage })),
);
export const AssessmentTaskListPage = lazy(() =>
  import('../assessment').then((module) => ({ default: module.AssessmentTaskListPage })),
);
export const CriterionPage = lazy(() => import('../assessment').then((module) => ({ default: module.CriterionPage })));
export const CheckAnswersPage = lazy(() =>
  import('../assessment').then((module) => ({ default: module.CheckAnswersPage })),
);
export const ModerationPage = lazy(() =>
  import('../assessment').then((module) => ({ default: module.ModerationPage })),
);
export const SupportPipelinePage = lazy(() =>
  import('../support-pipeline').then((module) => ({ default: module.SupportPipelinePage })),
);
