import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '@nsf/api-core';
import {
  evolveImprovementAction,
  improvementActionStreamId,
  initialImprovementActionState,
  mayViewImprovementActions,
  notFound,
  partnershipIdOfImprovementAction,
  type ImprovementActionEvent,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { VIEW_REFUSAL, entitledPartnership } from '../entitled-partnership';
import { GetImprovementActionQuery, type ImprovementActionLookup } from './get-improvement-action.query';

/**
 * An action as its stream tells it, folded on every read: a stream holds a handful of events,
 * and its recorded events carry the who and when the history shows.
 */
@QueryHandler(GetImprovementActionQuery)
export class GetImprovementActionHandler implements IQueryHandler<GetImprovementActionQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: GetImprovementActionQuery): Promise<ImprovementActionLookup> {
    const missing = notFound(`There is no improvement action “${query.actionId}”`);
    const access = await entitledPartnership({
      store: this.store,
      actor: query.actor,
      partnershipId: partnershipIdOfImprovementAction(query.actionId),
      allowed: mayViewImprovementActions,
      refusal: VIEW_REFUSAL,
      missing,
    });
    if (!access.ok) return access;
    const events = await this.store.readStream(improvementActionStreamId(query.actionId));
    const action = events
      .map(
        (event) =>
          ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as ImprovementActionEvent,
      )
      .reduce(evolveImprovementAction, initialImprovementActionState);
    if (action.status === 'none') return { ok: false, error: missing };
    return { ok: true, action, events };
  }
}
