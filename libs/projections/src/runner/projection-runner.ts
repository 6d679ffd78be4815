/**
 * Keeps the read models up to date from the event store's global log: each projection follows
 * the log from its own checkpoint, and every batch is applied together with its checkpoint in one
 * transaction (exactly once, resumable after a crash; see projection-checkpoints.ts).
 *
 * Events are read before the write transaction opens: embedded PGlite has a single connection,
 * and the event store may share it. For the same reason a projection's `apply` must use only the
 * transaction it is given.
 */
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import type { Projection } from '../projection';
import { BatchInterrupted, followProjection, type ProjectionContext } from './follow-projection';
import { LiveProjection } from './live-projection';
import { loadCheckpoint } from './projection-checkpoints';
import { upgradeReadModels, type ReadModelRebuilt } from './upgrade-read-models';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  /** The database of the read models and their checkpoints. */
  readonly db: SqlDatabase;
  readonly projections: readonly Projection[];
  /** Events per transaction. Default 500. */
  readonly batchSize?: number;
  /** Pause before retrying when another runner holds a projection. Default 50 ms. */
  readonly busyDelayMs?: number;
  /** First pause after a failed batch in live mode, doubled per repeat up to 30 s. Default 1 s. */
  readonly retryDelayMs?: number;
  /** Told of every failed batch in live mode (it is retried). Default: console.error. */
  readonly onError?: (error: unknown, projection: string) => void;
  /**
   * Told of each read model rebuilt at start because its definition changed since its tables were
   * built (upgrade-read-models.ts). Default: nothing is said.
   */
  readonly onRebuilt?: (rebuilt: ReadModelRebuilt) => void;
}

export class ProjectionRunner {
  private schema: Promise<void> | undefined;
  private live: LiveProjection[] = [];
  private readonly contexts: ProjectionContext[];
  private readonly committedListeners = new Set<(projection: string) => void>();
  private readonly caughtUpListeners = new Set<() => void>();

  constructor(private readonly options: ProjectionRunnerOptions) {
    const names = options.projections.map((projection) => projection.name);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated) throw new Error(`two projections are named ${repeated}: names key their checkpoints`);
    this.contexts = options.projections.map((projection) => ({
      store: options.store,
      db: options.db,
      projection,
      batchSize: options.batchSize ?? 500,
      afterCommit: (name) => this.tellCommitted(name),
    }));
  }

  /**
   * Calls `listener` with a projection's name each time this runner has committed a batch of it,
   * so a reader waiting for the read model can look again at once (live updates). Returns the
   * way to stop listening. Other nodes' batches are not heard here: their checkpoints are.
   */
  onCommitted(listener: (projection: string) => void): () => void {
    this.committedListeners.add(listener);
    return () => this.committedListeners.delete(listener);
  }

  /**
   * Calls `listener` each time catchUp() has finished: the read models then hold every event
   * committed before it was called, whether this runner applied them or another node's did (whose
   * batches onCommitted does not hear of). Returns the way to stop listening.
   */
  onCaughtUp(listener: () => void): () => void {
    this.caughtUpListeners.add(listener);
    return () => this.caughtUpListeners.delete(listener);
  }

  /**
   * Creates the read models' tables (rebuilding first, beside the live ones, any whose definition
   * changed), then follows the log live until stop().
   */
  async start(): Promise<void> {
    await this.ensureSchema();
    if (this.live.length > 0) return;
    const report =
      this.options.onError ?? ((error, name) => console.error(`projection ${name} failed; retrying`, error));
    this.live = this.contexts.map(
      (context) =>
        new LiveProjection(
          context,
          {
            busyDelayMs: this.options.busyDelayMs ?? 50,
            retryDelayMs: this.options.retryDelayMs ?? 1000,
            maxRetryDelayMs: 30_000,
          },
          (error) => report(error, context.projection.name),
        ),
    );
  }

  /**
   * Applies every event committed before the call to every projection, then resolves (read after
   * write, tests). Rejects with the error of a batch that failed; that batch was rolled back.
   */
  async catchUp(): Promise<void> {
    await this.ensureSchema();
    await Promise.all(this.contexts.map((context) => this.catchUpOne(context)));
    tellEach(this.caughtUpListeners, (listener) => listener());
  }

  async stop(): Promise<void> {
    const live = this.live;
    this.live = [];
    await Promise.all(live.map((projection) => projection.stop()));
  }

  private tellCommitted(projection: string): void {
    tellEach(this.committedListeners, (listener) => listener(projection));
  }

  private async catchUpOne(context: ProjectionContext): Promise<void> {
    for (;;) {
      const subscription = followProjection(context, await loadCheckpoint(context.db, context.projection.name));
      try {
        await subscription.caughtUp();
        return;
      } catch (error) {
        if (!(error instanceof BatchInterrupted)) throw error;
        if (error.outcome === 'busy') await delay(this.options.busyDelayMs ?? 50);
      } finally {
        await subscription.stop();
      }
    }
  }

  /** Creates the read models' tables, or rebuilds those an earlier definition built (once per runner). */
  private ensureSchema(): Promise<void> {
    this.schema ??= upgradeReadModels({
      store: this.options.store,
      db: this.options.db,
      projections: this.options.projections,
      batchSize: this.options.batchSize ?? 500,
      onRebuilt: this.options.onRebuilt ?? (() => undefined),
    }).catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }
}

/** What is done is done whatever a listener makes of it: its failure is not the projection's. */
function tellEach<L>(listeners: Set<L>, tell: (listener: L) => void): void {
  for (const listener of listeners) {
    try {
      tell(listener);
    } catch {
      // Deliberately ignored, as above.
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
