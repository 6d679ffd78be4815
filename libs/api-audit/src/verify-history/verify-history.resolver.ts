import { Inject, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor, PLATFORM_CLOCK, graphQLErrorFor, type Clock } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { historySubject } from '../history-subject';
import { HistoryVerificationModel } from '../models/history-verification.model';
import { VerifyHistoryQuery } from './verify-history.query';

@Resolver(() => HistoryVerificationModel)
export class VerifyHistoryResolver {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => HistoryVerificationModel, {
    description:
      'Recomputes the hash chain of each stream of a partnership’s history, or of one stream, from the event store, and names the first altered event of each. Name exactly one of partnershipId and streamId. An auditor’s verification is itself recorded.',
  })
  @UseGuards(AuthenticatedGuard)
  async verifyHistory(
    @CurrentActor() actor: Actor,
    @Args('partnershipId', { type: () => ID, nullable: true }) partnershipId: string | null,
    @Args('streamId', { type: () => String, nullable: true }) streamId: string | null,
  ): Promise<HistoryVerificationModel> {
    const subject = historySubject(partnershipId, streamId);
    const result = await this.queryBus.execute(new VerifyHistoryQuery(actor, subject, this.clock.now()));
    if (!result.ok) throw graphQLErrorFor(result.error);
    const streams = result.streams.map((verdict) => ({
      streamId: verdict.streamId,
      eventsChecked: verdict.eventsChecked,
      valid: verdict.firstAltered === null,
      firstAlteredEvent: verdict.firstAltered,
    }));
    return { valid: streams.every((stream) => stream.valid), streams };
  }
}
