export { PartnershipsModule } from './partnerships.module';
export { RegisterPartnershipCommand } from './register-partnership/register-partnership.command';
