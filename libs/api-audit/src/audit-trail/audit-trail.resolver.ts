import { Inject, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, GraphQLISODateTime, ID, Int, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  graphQLErrorFor,
  typedError,
  type Clock,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { encodeAuditCursor } from '@nsf/projections';
import { historySubject } from '../history-subject';
import { AuditEventConnectionModel } from '../models/audit-event-connection.model';
import { AuditEventModel } from '../models/audit-event.model';
import { pageRequest } from '../page-request';
import { AuditTrailQuery } from './audit-trail.query';

@Resolver(() => AuditEventModel)
export class AuditTrailResolver {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => AuditEventConnectionModel, {
    description:
      'Every event of a partnership’s history (all its streams) or of one stream, oldest first, each with its whole envelope. Name exactly one of partnershipId and streamId. An auditor’s read is itself recorded.',
  })
  @UseGuards(AuthenticatedGuard)
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('partnershipId', { type: () => ID, nullable: true }) partnershipId: string | null,
    @Args('streamId', { type: () => String, nullable: true }) streamId: string | null,
    @Args('from', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'Only events that occurred at or after this instant.',
    })
    from: Date | null,
    @Args('to', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'Only events that occurred at or before this instant.',
    })
    to: Date | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventConnectionModel> {
    const subject = historySubject(partnershipId, streamId);
    if (from && to && from.getTime() > to.getTime()) {
      throw typedError('BAD_USER_INPUT', 'The end of the period comes before its start.', 'to');
    }
    const page = pageRequest(first, after);
    const result = await this.queryBus.execute(
      new AuditTrailQuery(
        actor,
        subject,
        { from: from ?? null, to: to ?? null },
        page,
        after ?? null,
        this.clock.now(),
      ),
    );
    if (!result.ok) throw graphQLErrorFor(result.error);
    const edges = result.page.rows.map((row) => ({ cursor: encodeAuditCursor(row), node: AuditEventModel.from(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: result.page.hasNextPage,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
