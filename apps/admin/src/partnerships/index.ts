export { PartnershipListPage } from './partnership-list.page';
export { RegisterPartnershipPage } from './register-partnership.page';
