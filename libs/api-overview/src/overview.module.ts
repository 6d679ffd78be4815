import { Module } from '@nestjs/common';
import { OverviewChanges } from './live/overview-changes';
import { OverviewEventsController } from './live/overview-events.controller';
import { OverviewResolver } from './overview.resolver';

/**
 * The coordinators' overviews of a region and of the nation, as of any instant, and the live
 * channel that tells an open overview when one of its partnerships changed.
 */
@Module({ providers: [OverviewResolver, OverviewChanges], controllers: [OverviewEventsController] })
export class OverviewModule {}
