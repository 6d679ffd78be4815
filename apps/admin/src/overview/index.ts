export { OverviewPage } from './overview.page';
export { overviewScope } from './overview-access';
