/**
 * The port's catch-up subscription over KurrentDB's own $all subscription: history from a
 * checkpoint, then live events, handed to `onEvents` in batches, one batch at a time.
 *
 * Back-pressure comes from the client's stream: the adapter reads from it only between batches,
 * so while `onEvents` works the stream buffers and gRPC flow control holds the server back.
 * `caughtUp()` asks for the current end of $all and waits until the subscription has gone past it
 * (system and foreign events included, since they too advance $all).
 */
import { START } from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, Position } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import { EventStoreUnavailableError } from '../errors';
import type { Subscription, SubscribeToAllOptions } from '../port';
import { comparePositions, decodeCheckpoint } from './checkpoint';
import type { AllSubscriptionStream, KurrentDbClientSeam } from './client-seam';
import { mapClientError } from './error-mapping';
import { fromClientEvent, isOurEvent, isSystemEvent } from './event-mapping';

export const DEFAULT_SUBSCRIPTION_BATCH = 100;

interface Waiter {
  readonly target: Position;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class KurrentDbAllSubscription implements Subscription {
  private readonly stream: AllSubscriptionStream;
  private readonly batchSize: number;
  private readonly waiters: Waiter[] = [];
  /** The last $all position fully handled (delivered or skipped). */
  private passed: Position | undefined;
  /** Why the subscription stopped on its own (a non-Error thrown by onEvents is wrapped, with it as cause). */
  private failure: Error | undefined;
  private stopped = false;
  private ended = false;
  private signalled = false;
  private wake: (() => void) | undefined;
  private readonly pump: Promise<void>;

  constructor(
    client: KurrentDbClientSeam,
    private readonly options: SubscribeToAllOptions,
    /** The end of $all right now, or undefined when it is empty; rejects with the port's errors. */
    private readonly endOfLog: () => Promise<Position | undefined>,
  ) {
    this.passed = options.after === undefined ? undefined : decodeCheckpoint(options.after);
    this.batchSize = Math.max(1, options.maxCount ?? DEFAULT_SUBSCRIPTION_BATCH);
    this.stream = client.subscribeToAll({ fromPosition: this.passed ?? START });
    this.stream.on('readable', () => this.signal());
    this.stream.on('end', () => this.onEnd());
    this.stream.on('close', () => this.onEnd());
    this.stream.on('error', (error) => this.fail(mapClientError(error)));
    this.pump = this.run();
  }

  caughtUp(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.stopped) return Promise.reject(new Error('the subscription is stopped'));
    return this.endOfLog().then((target) => {
      if (target === undefined || this.hasPassed(target)) return undefined;
      // The subscription may have failed or stopped while the end of the log was being read.
      if (this.failure !== undefined) return Promise.reject(this.failure);
      if (this.stopped) return Promise.reject(new Error('the subscription is stopped'));
      return new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
    });
  }

  /** Stops after the batch in hand (if any) is delivered; do not await it from inside onEvents. */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.signal();
      await this.stream.unsubscribe().catch(() => undefined); // the stream may already be gone
      this.rejectWaiters(new Error('the subscription was stopped before it caught up'));
    }
    await this.pump;
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        const raw = await this.nextRawBatch();
        if (raw === undefined) return;
        const { events, end } = this.toDeliver(raw);
        if (events.length > 0) await this.options.onEvents(events);
        // Only now is the batch handled: caughtUp() must not resolve while onEvents is still working.
        if (end) this.passed = end;
        this.settleWaiters();
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /** Our events in the raw batch and the batch's last position; skips anything at or before the resume point. */
  private toDeliver(raw: readonly AllStreamResolvedEvent[]): { events: RecordedEvent[]; end: Position | undefined } {
    const events: RecordedEvent[] = [];
    let end = this.passed;
    for (const resolved of raw) {
      const event = resolved.event;
      if (!event) continue;
      const position = event.position;
      if (end && comparePositions(position, end) <= 0) continue;
      end = position;
      if (!isSystemEvent(event) && isOurEvent(event)) events.push(fromClientEvent(event, position));
    }
    return { events, end };
  }

  /** Up to batchSize buffered events; waits while none are buffered; undefined once stopped or ended. */
  private async nextRawBatch(): Promise<AllStreamResolvedEvent[] | undefined> {
    for (;;) {
      if (this.stopped || this.failure !== undefined) return undefined;
      const batch: AllStreamResolvedEvent[] = [];
      while (batch.length < this.batchSize) {
        const item = this.stream.read();
        if (item === null) break;
        batch.push(item);
      }
      if (batch.length > 0) return batch;
      if (this.ended) {
        this.fail(new EventStoreUnavailableError('the KurrentDB subscription ended unexpectedly'));
        return undefined;
      }
      await this.nextSignal();
    }
  }

  private nextSignal(): Promise<void> {
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = undefined;
        this.signalled = false;
        resolve();
      };
    });
  }

  private signal(): void {
    this.signalled = true;
    this.wake?.();
  }

  private onEnd(): void {
    this.ended = true;
    this.signal();
  }

  private fail(error: unknown): void {
    if (this.stopped || this.failure !== undefined) return;
    this.failure =
      error instanceof Error ? error : new Error(`subscription failed: ${String(error)}`, { cause: error });
    this.signal();
    this.rejectWaiters(this.failure);
    void this.stream.unsubscribe().catch(() => undefined);
    this.options.onError?.(error);
  }

  private hasPassed(target: Position): boolean {
    return this.passed !== undefined && comparePositions(this.passed, target) >= 0;
  }

  private settleWaiters(): void {
    for (const waiter of [...this.waiters]) {
      if (this.hasPassed(waiter.target)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  private rejectWaiters(error: unknown): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }
}
