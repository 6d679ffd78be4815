import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecideSupportHandler } from './decide-support/decide-support.handler';
import { DecideSupportResolver } from './decide-support/decide-support.resolver';
import { ProposeSupportHandler } from './propose-support/propose-support.handler';
import { ProposeSupportResolver } from './propose-support/propose-support.resolver';
import { RecordSupportDeliveredHandler } from './record-support-delivered/record-support-delivered.handler';
import { RecordSupportDeliveredResolver } from './record-support-delivered/record-support-delivered.resolver';
import { RecordSupportOutcomeHandler } from './record-support-outcome/record-support-outcome.handler';
import { RecordSupportOutcomeResolver } from './record-support-outcome/record-support-outcome.resolver';
import { RequestSupportHandler } from './request-support/request-support.handler';
import { RequestSupportResolver } from './request-support/request-support.resolver';
import { SupportOffersResolver } from './support-offers/support-offers.resolver';
import { SupportPipelineHandler } from './support-pipeline/support-pipeline.handler';
import { SupportPipelineResolver } from './support-pipeline/support-pipeline.resolver';

/**
 * Support for partnerships: the catalogue of offers; a partnership requests support or its
 * coordinator proposes it; the coordinator decides with a rationale, records delivery, and
 * later records its outcome: whether the validated scores of the hallmarks it served moved. The
 * support pipeline shows a region's cases by status, with their outcomes, as of any instant.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    SupportOffersResolver,
    RequestSupportResolver,
    RequestSupportHandler,
    ProposeSupportResolver,
    ProposeSupportHandler,
    DecideSupportResolver,
    DecideSupportHandler,
    RecordSupportDeliveredResolver,
    RecordSupportDeliveredHandler,
    RecordSupportOutcomeResolver,
    RecordSupportOutcomeHandler,
    SupportPipelineResolver,
    SupportPipelineHandler,
  ],
})
export class SupportModule {}
