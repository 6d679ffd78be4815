import { UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor, graphQLErrorFor, typedError } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { encodeAuditCursor } from '@nsf/projections';
import { TimelineConnectionModel } from '../models/timeline-connection.model';
import { TimelineEntryModel } from '../models/timeline-entry.model';
import { pageRequest } from '../page-request';
import { TimelineQuery } from './timeline.query';

@Resolver(() => TimelineEntryModel)
export class TimelineResolver {
  constructor(private readonly queryBus: QueryBus) {}

  @Query(() => TimelineConnectionModel, {
    description: 'A partnership’s improvement story, newest first, each event told in plain words.',
  })
  @UseGuards(AuthenticatedGuard)
  async timeline(
    @CurrentActor() actor: Actor,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('types', {
      type: () => [String],
      nullable: true,
      description: 'Only events of these types, e.g. ["AssessmentSubmitted", "SupportDecided"].',
    })
    types: string[] | null,
  ): Promise<TimelineConnectionModel> {
    if (types && (types.length === 0 || types.some((type) => type.trim() === ''))) {
      throw typedError('BAD_USER_INPUT', 'Name at least one event type, or leave the types out.', 'types');
    }
    const page = pageRequest(first, after);
    const result = await this.queryBus.execute(new TimelineQuery(actor, partnershipId, types ?? null, page));
    if (!result.ok) throw graphQLErrorFor(result.error);
    const edges = result.items.map(({ row, story }) => ({
      cursor: encodeAuditCursor(row),
      node: Object.assign(new TimelineEntryModel(), {
        eventId: row.id,
        occurredAt: new Date(row.occurredAt),
        type: row.type,
        actor: row.actor,
        actorRole: row.actorRole,
        title: story.title,
        description: story.description,
        reason: story.reason,
      }),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: result.hasNextPage,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
