/**
 * Tells listeners which events a projection has applied, once they are committed: it watches the
 * projection's stored checkpoint and, when it moves, reads the log from where it last stood up to
 * the new checkpoint. A listener that then reads the read model is sure to see those events.
 *
 * Watching the committed checkpoint, not the in-process event bus or a command handler, makes
 * every writer count (any node, any tool, a rebuild) and lets a node that is not the one applying
 * the projection hear of its progress too. Checkpoints are opaque and never compared: the log is
 * walked forward until the event carrying the checkpoint. The runner on this node wakes the feed
 * as soon as it commits (wake()); the poll catches up with other nodes' batches.
 *
 * It costs nothing while no one listens: the poll runs only between the first subscription and
 * the last unsubscription.
 */
import type { EventStore, LogCheckpoint, RecordedEvent } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { loadCheckpoint } from '../runner/projection-checkpoints';

export type AppliedEventsListener = (events: readonly RecordedEvent[]) => void;

export interface AppliedEventsFeedOptions {
  readonly store: EventStore;
  /** The database holding the projection's checkpoint. */
  readonly db: SqlDatabase;
  readonly projection: string;
  /** How often to look at the checkpoint while someone listens. Default 1 s. */
  readonly pollIntervalMs?: number;
  /** The most events read from the log in one look; the rest are read on the next. Default 2,000. */
  readonly maxEventsPerLook?: number;
  /** Told of a look that failed (it is tried again on the next). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

const PAGE_SIZE = 500;

export class AppliedEventsFeed {
  private readonly listeners = new Set<AppliedEventsListener>();
  /** Where the last look left off; `null` while no one listens (the next listener sets it). */
  private position: LogCheckpoint | undefined | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private starting: Promise<void> | undefined;
  private looking: Promise<void> | undefined;
  private lookAgain = false;

  constructor(private readonly options: AppliedEventsFeedOptions) {}

  /**
   * Starts telling `listener` of events applied from now on. Resolves, with the way to stop, once
   * the feed knows where the projection stands: whatever it applies after that is heard.
   */
  async subscribe(listener: AppliedEventsListener): Promise<() => void> {
    while (this.position === null) {
      this.starting ??= this.start().finally(() => (this.starting = undefined));
      await this.starting;
    }
    this.listeners.add(listener);
    return () => this.unsubscribe(listener);
  }

  /** Looks at the checkpoint now (e.g. the runner of this node has just committed a batch). */
  wake(): void {
    if (this.listeners.size === 0) return;
    if (this.looking) {
      this.lookAgain = true;
      return;
    }
    this.looking = this.look()
      .catch((error: unknown) => (this.options.onError ?? console.error)(error))
      .finally(() => {
        this.looking = undefined;
        if (this.lookAgain) {
          this.lookAgain = false;
          this.wake();
        }
      });
  }

  /** Stops listening for everyone and waits for a look in progress to end. */
  async stop(): Promise<void> {
    this.listeners.clear();
    this.idle();
    await this.looking;
  }

  private async start(): Promise<void> {
    const position = await loadCheckpoint(this.options.db, this.options.projection);
    if (this.position !== null) return;
    this.position = position;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1000);
    // The poll serves listeners; it must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  private unsubscribe(listener: AppliedEventsListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) this.idle();
  }

  private idle(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.position = null;
  }

  private async look(): Promise<void> {
    const from = this.position;
    if (from === null) return;
    const target = await loadCheckpoint(this.options.db, this.options.projection);
    if (target === from) return;
    const limit = this.options.maxEventsPerLook ?? 2000;
    const applied: RecordedEvent[] = [];
    let after = from;
    let reached = false;
    while (!reached && applied.length < limit) {
      const page = await this.options.store.readAll({ after, maxCount: PAGE_SIZE });
      if (page.events.length === 0) break;
      for (const event of page.events) {
        applied.push(event);
        after = event.checkpoint;
        if (event.checkpoint === target) {
          reached = true;
          break;
        }
      }
    }
    // No one listening any more, or the feed went idle and started again while this look ran.
    if (this.position !== from) return;
    if (!reached && applied.length < limit) {
      // The log ran out before the checkpoint: it is not ahead of where the feed stood (which a
      // runner never does). Nothing read can be vouched for as applied; start again from it.
      this.position = target;
      return;
    }
    // Every event read is at or before the checkpoint, so applied and committed.
    this.position = after;
    for (const listener of this.listeners) {
      try {
        listener(applied);
      } catch (error) {
        (this.options.onError ?? console.error)(error);
      }
    }
  }
}
