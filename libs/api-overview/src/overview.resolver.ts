import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  SQL_DATABASE,
  declareAnswerSource,
  forbidden,
  typedError,
  type Clock,
} from '@nsf/api-core';
import { isRegionCode, mayViewNation, mayViewRegion, type Actor } from '@nsf/domain';
import { nextOverviewChange, readOverview } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import type { GraphQLResolveInfo } from 'graphql';
import { OverviewCache, type OverviewRead } from './cache/overview-cache';
import { OverviewRows } from './cache/overview-rows';
import { OverviewModel } from './models/overview.model';
import { standingsOf } from './overview-standing';

/** The coordinator's morning view, for any instant: every partnership × the six hallmarks. */
@Resolver(() => OverviewModel)
export class OverviewResolver {
  private readonly rows = new OverviewRows();

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
    private readonly cache: OverviewCache,
  ) {}

  @Query(() => OverviewModel, { description: 'A region’s partnerships × hallmarks, as of an instant (default now).' })
  @UseGuards(AuthenticatedGuard)
  async regionOverview(
    @Args('region', { type: () => String, description: 'A region code, e.g. NORTH_WEST.' }) region: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OverviewModel> {
    if (!isRegionCode(region))
      throw typedError('BAD_USER_INPUT', `“${region}” is not a region of England or Wales.`, 'region');
    if (!mayViewRegion(actor, region)) throw forbidden('You may see the overview of your own region only.');
    return this.overview(region, asOf, context, info);
  }

  @Query(() => OverviewModel, { description: 'Every partnership in England and Wales × hallmarks, as of an instant.' })
  @UseGuards(AuthenticatedGuard)
  async nationalOverview(
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OverviewModel> {
    if (!mayViewNation(actor)) throw forbidden('Only the national team and auditors see the national overview.');
    return this.overview(null, asOf, context, info);
  }

  private async overview(
    region: string | null,
    asOf: Date | null,
    context: object,
    info: GraphQLResolveInfo,
  ): Promise<OverviewModel> {
    if (asOf && Number.isNaN(asOf.getTime())) throw typedError('BAD_USER_INPUT', 'asOf is not a date.', 'asOf');
    const instant = asOf ?? this.clock.now();
    const standings = await this.cache.standings({ region, asOf, instant }, () => this.read(region, asOf, instant));
    const partnerships = this.rows.at(standings, instant);
    // The rows (and so the region) stand for the whole answer but the instant it is as of.
    declareAnswerSource(context, info, { decidedBy: partnerships, varying: { asOf: instant } });
    return Object.assign(new OverviewModel(), { region, asOf: instant, partnerships });
  }

  private async read(region: string | null, asOf: Date | null, instant: Date): Promise<OverviewRead> {
    const at = instant.toISOString();
    const standings = standingsOf(await readOverview(this.db, region, at));
    return asOf ? { standings } : { standings, nextChange: await nextOverviewChange(this.db, region, at) };
  }
}
