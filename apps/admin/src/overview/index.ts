export { OverviewPage } from './overview.page';
export { overviewScope } from './overview-access';
export { OverviewViewForm, type OverviewView, type ViewFormWording } from './overview-view-form';
export { endOfUkDay, isCalendarDate, longDate } from './as-of-date';
