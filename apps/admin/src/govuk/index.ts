// Thin React renderings of GOV.UK Frontend components, shared by every screen.
export { ErrorSummary } from './error-summary';
export type { ErrorSummaryItem } from './error-summary';
export { ErrorMessage } from './error-message';
export { TextInput } from './text-input';
export { Textarea } from './textarea';
export { BackLink } from './back-link';
export { Radios } from './radios';
export type { RadioItem } from './radios';
export { Select } from './select';
export type { SelectOption } from './select';
export { SuccessBanner } from './notification-banner';
export { Pagination } from './pagination';
export type { PaginationTarget } from './pagination';
export { PageTitle, SERVICE_NAME } from './page-title';
export { focusField } from './focus-field';
export { DateInput } from './date-input';
export type { DateParts } from './date-input';
