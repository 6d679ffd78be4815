/**
 * A catch-up subscription for any adapter that can read its global log in pages: reads from the
 * start point, hands over one batch at a time, and when nothing is left waits for a wake-up (an
 * append in this process) or the polling interval (appends by other processes).
 *
 * `caughtUp()` asks the log for its head at the moment of the call and resolves once the
 * delivered checkpoint has reached it. An empty page is not enough: a gap-safe log holds back
 * committed events behind a slower transaction, and those were committed before the call too.
 */
import type { LogCheckpoint } from '../envelope';
import type { ReadAllOptions, ReadAllPage, SubscribeToAllOptions, Subscription } from '../port';

/** What an adapter offers for a catch-up subscription to follow its log. */
export interface FollowableLog {
  readAll(options: ReadAllOptions): Promise<ReadAllPage>;
  /** The checkpoint of the last event visible now, or undefined when the log is empty. */
  headCheckpoint(): Promise<LogCheckpoint | undefined>;
  /** Negative, zero or positive as `a` is before, at or after `b` in the log's order. */
  compareCheckpoints(a: LogCheckpoint, b: LogCheckpoint): number;
  /** Calls `listener` after each append in this process; returns the way to stop listening. */
  onAppended(listener: () => void): () => void;
}

export interface CatchUpOptions extends SubscribeToAllOptions {
  /** How long to wait for a wake-up before reading again (writes from other processes). */
  readonly pollIntervalMs: number;
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

interface Waiter {
  /** undefined until the head is known; then the head (null: the log was empty). */
  target?: LogCheckpoint | null;
  resolve(): void;
  reject(error: Error): void;
}

export class CatchUpSubscription implements Subscription {
  private delivered: LogCheckpoint | undefined;
  private stopped = false;
  private failure: unknown = undefined;
  private woken = false;
  private wake: (() => void) | undefined;
  private readonly waiters = new Set<Waiter>();
  private readonly stopListening: () => void;
  private readonly running: Promise<void>;

  constructor(
    private readonly log: FollowableLog,
    private readonly options: CatchUpOptions,
  ) {
    this.delivered = options.after;
    this.stopListening = log.onAppended(() => this.signal());
    this.running = this.run();
  }

  caughtUp(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(asError(this.failure));
    if (this.stopped) return Promise.reject(new Error('the subscription is stopped'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.waiters.add(waiter);
      this.log.headCheckpoint().then(
        (head) => {
          waiter.target = head ?? null;
          this.settle();
        },
        (error: unknown) => {
          this.waiters.delete(waiter);
          reject(asError(error));
        },
      );
    });
  }

  /** Stops after the batch in hand (if any) is delivered. Do not await it from inside onEvents. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private signal(): void {
    this.woken = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.woken = false;
        const page = await this.log.readAll({ after: this.delivered, maxCount: this.options.maxCount });
        if (this.stopped) break;
        if (page.events.length > 0) {
          await this.options.onEvents(page.events);
          this.delivered = page.checkpoint;
          this.settle();
          continue;
        }
        this.settle();
        if (!this.woken) await this.sleep();
      }
    } catch (error) {
      this.failure = error ?? new Error('subscription failed');
      this.stopped = true;
      this.options.onError?.(error);
    } finally {
      this.stopListening();
      const reason =
        this.failure === undefined ? new Error('the subscription stopped before catching up') : asError(this.failure);
      for (const waiter of this.waiters) waiter.reject(reason);
      this.waiters.clear();
    }
  }

  /** Resolves every waiter whose head has been delivered. */
  private settle(): void {
    for (const waiter of this.waiters) {
      if (waiter.target === undefined) continue;
      const reached =
        waiter.target === null ||
        (this.delivered !== undefined && this.log.compareCheckpoints(this.delivered, waiter.target) >= 0);
      if (reached) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      this.wake = done;
    });
  }
}
