export { PartnershipViewsModule } from './partnership-views.module';
