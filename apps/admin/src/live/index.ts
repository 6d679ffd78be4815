export { usePartnershipChanges } from './use-partnership-changes';
export type { PartnershipChange } from './partnership-change';
