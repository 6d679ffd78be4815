export { SupportModule } from './support.module';
export { RequestSupportCommand } from './request-support/request-support.command';
export { ProposeSupportCommand } from './propose-support/propose-support.command';
export { DecideSupportCommand } from './decide-support/decide-support.command';
export { RecordSupportDeliveredCommand } from './record-support-delivered/record-support-delivered.command';
export { RecordSupportOutcomeCommand } from './record-support-outcome/record-support-outcome.command';
