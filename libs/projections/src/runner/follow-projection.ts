/**
 * Follows the global log for one projection from a checkpoint, applying each delivered batch
 * with its checkpoint in one transaction. The subscription stops with BatchInterrupted when the
 * batch could not be applied because another runner holds the projection or has moved it on;
 * the caller then starts again from the stored checkpoint.
 */
import type { EventStore, LogCheckpoint, Subscription } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import type { Projection } from '../projection';
import { applyBatch } from './projection-checkpoints';

export interface ProjectionContext {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly projection: Projection;
  readonly batchSize: number;
  /** Told, after each batch's transaction has committed, which projection moved. */
  readonly afterCommit?: (projection: string) => void;
}

export class BatchInterrupted extends Error {
  constructor(
    readonly projection: string,
    readonly outcome: 'busy' | 'moved',
  ) {
    super(
      `projection ${projection}: batch not applied (${outcome === 'busy' ? 'another runner is applying' : 'another runner moved the checkpoint'})`,
    );
    this.name = 'BatchInterrupted';
  }
}

export function followProjection(
  context: ProjectionContext,
  checkpoint: LogCheckpoint | undefined,
  onError?: (error: unknown) => void,
): Subscription {
  let from = checkpoint;
  return context.store.subscribeToAll({
    after: checkpoint,
    maxCount: context.batchSize,
    onEvents: async (events) => {
      const outcome = await applyBatch(context.db, context.projection, from, events);
      if (outcome !== 'applied') throw new BatchInterrupted(context.projection.name, outcome);
      from = events[events.length - 1].checkpoint;
      context.afterCommit?.(context.projection.name);
    },
    onError,
  });
}
