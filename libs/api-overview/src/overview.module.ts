import { Module } from '@nestjs/common';
import { overviewCacheProviders } from './cache/overview-cache.provider';
import { OverviewChanges } from './live/overview-changes';
import { OverviewEventsController } from './live/overview-events.controller';
import { OverviewResolver } from './overview.resolver';

/**
 * The coordinators' overviews of a region and of the nation, as of any instant, and the live
 * channel that tells an open overview when one of its partnerships changed. Answers are read from
 * a cache that holds each overview for as long as its read models stay where they were.
 */
@Module({
  providers: [OverviewResolver, OverviewChanges, ...overviewCacheProviders],
  controllers: [OverviewEventsController],
})
export class OverviewModule {}
