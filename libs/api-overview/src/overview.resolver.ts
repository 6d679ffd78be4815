import { Inject, UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  SQL_DATABASE,
  forbidden,
  typedError,
  type Clock,
} from '@nsf/api-core';
import { isRegionCode, mayViewNation, mayViewRegion, type Actor } from '@nsf/domain';
import { readOverview } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { OverviewModel } from './models/overview.model';
import { overviewOf } from './overview-standing';

/** The coordinator's morning view, for any instant: every partnership × the six hallmarks. */
@Resolver(() => OverviewModel)
export class OverviewResolver {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => OverviewModel, { description: 'A region’s partnerships × hallmarks, as of an instant (default now).' })
  @UseGuards(AuthenticatedGuard)
  async regionOverview(
    @Args('region', { type: () => String, description: 'A region code, e.g. NORTH_WEST.' }) region: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
    @CurrentActor() actor: Actor,
  ): Promise<OverviewModel> {
    if (!isRegionCode(region))
      throw typedError('BAD_USER_INPUT', `“${region}” is not a region of England or Wales.`, 'region');
    if (!mayViewRegion(actor, region)) throw forbidden('You may see the overview of your own region only.');
    const instant = this.instant(asOf);
    return overviewOf(await readOverview(this.db, region, instant.toISOString()), region, instant);
  }

  @Query(() => OverviewModel, { description: 'Every partnership in England and Wales × hallmarks, as of an instant.' })
  @UseGuards(AuthenticatedGuard)
  async nationalOverview(
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
    @CurrentActor() actor: Actor,
  ): Promise<OverviewModel> {
    if (!mayViewNation(actor)) throw forbidden('Only the national team and auditors see the national overview.');
    const instant = this.instant(asOf);
    return overviewOf(await readOverview(this.db, null, instant.toISOString()), null, instant);
  }

  private instant(asOf: Date | null): Date {
    if (asOf && Number.isNaN(asOf.getTime())) throw typedError('BAD_USER_INPUT', 'asOf is not a date.', 'asOf');
    return asOf ?? this.clock.now();
  }
}
