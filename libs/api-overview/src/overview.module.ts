import { Module } from '@nestjs/common';
import { OverviewResolver } from './overview.resolver';

/** The coordinators' overviews of a region and of the nation, as of any instant. */
@Module({ providers: [OverviewResolver] })
export class OverviewModule {}
