import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { REGIONS, isRegionCode } from '@nsf/domain';
import { SQL_DATABASE, typedError } from '@nsf/api-core';
import { decodePartnershipCursor, encodePartnershipCursor, listPartnerships } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { PartnershipConnectionModel } from '../models/partnership-connection.model';
import { PartnershipTypeEnum } from '../models/partnership-type.enum';
import { PartnershipModel } from '../models/partnership.model';
import { RegionModel } from '../models/region.model';

const MAX_PAGE = 200;

/** The partnerships directory and the regions it is organised by. */
@Resolver(() => PartnershipModel)
export class PartnershipsResolver {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Query(() => [RegionModel], { description: 'The nine English regions and Wales.' })
  regions(): RegionModel[] {
    return REGIONS.map((region) => RegionModel.from(region));
  }

  @Query(() => PartnershipConnectionModel, { description: 'Partnerships by name, filtered by region and type.' })
  async partnerships(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('region', { type: () => String, nullable: true, description: 'A region code, e.g. NORTH_WEST.' })
    region: string | null,
    @Args('type', { type: () => PartnershipTypeEnum, nullable: true }) type: PartnershipTypeEnum | null,
  ): Promise<PartnershipConnectionModel> {
    if (first < 1 || first > MAX_PAGE)
      throw typedError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_PAGE} partnerships at a time.`, 'first');
    if (region && !isRegionCode(region))
      throw typedError('BAD_USER_INPUT', `“${region}” is not a region of England or Wales.`, 'region');
    const position = after ? decodePartnershipCursor(after) : undefined;
    if (after && !position)
      throw typedError('BAD_USER_INPUT', 'The cursor is not one this server handed out.', 'after');

    const page = await listPartnerships(this.db, { region, type }, { first, after: position });
    const edges = page.rows.map((row) => ({ cursor: encodePartnershipCursor(row), node: PartnershipModel.from(row) }));
    return {
      totalCount: page.totalCount,
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(position),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
