// The partnership page's screens. app.tsx loads this module only when a partnership's page is
// first opened; other screens import the few small pieces they need by their own files, so that
// importing them does not bring these screens along.
export { PartnershipLayout } from './partnership-layout';
export { PartnershipOverviewPage } from './overview/partnership-overview.page';
export { PartnershipActionsPage } from './actions/partnership-actions.page';
