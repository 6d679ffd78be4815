/**
 * The EventStore port on KurrentDB (formerly EventStoreDB), for deployments that already run one.
 * One port stream is one KurrentDB stream; the global log is $all without system and foreign
 * events. The decisions live in small pure modules (append-plan, event-mapping, checkpoint,
 * revision-mapping, error-mapping); this class only sequences the round trips.
 */
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, Position, ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { EventToAppend, RecordedEvent } from '../envelope';
import { EventIdConflictError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../port';
import { KurrentDbAllSubscription } from './all-subscription';
import { planAppend, RETRY_LOOKBACK } from './append-plan';
import type { ChainedEvent, StoredEvent } from './event-mapping';
import { comparePositions, decodeCheckpoint } from './checkpoint';
import type { KurrentDbClientSeam } from './client-seam';
import { mapClientError } from './error-mapping';
import { fromClientEvent, isOurEvent, isSystemEvent, toEventData, toStoredEvent } from './event-mapping';
import { revisionToBigInt } from './revision-mapping';
import { prepareKurrentDbAppend } from './prepare-kurrentdb-append';
import { SubscriptionRegistry } from '../subscription/subscription-registry';

export interface KurrentDbEventStoreOptions {
  /** gRPC deadline for appends, in ms (reads use the connection's `defaultDeadline`). */
  readonly deadlineMs?: number;
  /** How many times an append re-reads the head after losing a race before giving up. */
  readonly maxAppendAttempts?: number;
  /** The cap on a readAll page. */
  readonly maxPageSize?: number;
}

const DEFAULT_PAGE = 100;

interface StreamReadOptions {
  readonly direction: typeof FORWARDS | typeof BACKWARDS;
  readonly fromRevision: bigint | typeof START | typeof END;
  readonly maxCount?: number;
}

/** A short random pause before re-reading after a lost race, so contending writers spread out. */
function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

export class KurrentDbEventStore implements EventStore {
  private readonly deadlineMs: number;
  private readonly maxAppendAttempts: number;
  private readonly maxPageSize: number;
  private readonly subscriptions = new SubscriptionRegistry();

  constructor(
    private readonly client: KurrentDbClientSeam,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.deadlineMs = options.deadlineMs ?? 10_000;
    this.maxAppendAttempts = Math.max(1, options.maxAppendAttempts ?? 100);
    this.maxPageSize = options.maxPageSize ?? 1_000;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const { expectedRevision } = options;
    const prepared = prepareKurrentDbAppend(streamId, events, expectedRevision);
    let lostRace: WrongExpectedVersionError | undefined;
    for (let attempt = 1; attempt <= this.maxAppendAttempts; attempt += 1) {
      if (attempt > 1) await backOff(attempt);
      const tail = await this.readTail(streamId, prepared.length + RETRY_LOOKBACK);
      const decision = planAppend(streamId, prepared, expectedRevision, tail);
      switch (decision.kind) {
        case 'already-appended':
          return decision.result;
        case 'event-id-conflict':
          throw new EventIdConflictError(streamId, decision.eventIds);
        case 'wrong-expected-revision':
          throw new WrongExpectedRevisionError(streamId, expectedRevision, decision.actual);
        case 'append':
          break;
        default: {
          const exhaustive: never = decision;
          return exhaustive;
        }
      }
      try {
        await this.client.appendToStream(streamId, decision.events.map(toEventData), {
          streamState: decision.streamState,
          deadline: this.deadlineMs,
        });
      } catch (error) {
        // Another writer moved the head between our read and our write. Decide again from the new
        // head: an expectation that still holds ('any', 'stream_exists') gets re-chained, a pinned
        // one fails, and our own earlier attempt is recognised as a retry.
        if (error instanceof WrongExpectedVersionError) {
          lostRace = error;
          continue;
        }
        throw mapClientError(error, { streamId, expected: expectedRevision });
      }
      return this.readBackAppended(streamId, decision.events);
    }
    // Still losing after several rounds: report the last conflict as the caller's own.
    throw mapClientError(lostRace, { streamId, expected: expectedRevision });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const fromRevision =
      options.fromRevision !== undefined
        ? revisionToBigInt(options.fromRevision)
        : direction === 'forwards'
          ? START
          : END;
    return this.read(streamId, {
      direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
      fromRevision,
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
  }

  /** One read per stream, all under way at once: the client has no read of several streams. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const unique = [...new Set(streamIds)];
    const read = await Promise.all(unique.map((streamId) => this.readStream(streamId)));
    return new Map(unique.map((streamId, index) => [streamId, read[index]]));
  }

  /**
   * Gap-safe by construction: KurrentDB has one writer (the leader) that serialises commits, and
   * $all shows only committed events, in log order — nothing can later appear before a position
   * a reader has passed. A read from a position may include the event at it, so anything at or
   * before `after` is dropped. Limit: a long run of system or foreign events is scanned through
   * in this one call (page after page), since an empty page must mean "nothing more for now".
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const limit = Math.min(Math.max(1, options.maxCount ?? DEFAULT_PAGE), this.maxPageSize);
    const rawPage = limit + 1; // one more than needed: the first raw event may be `after` itself
    let floor = options.after === undefined ? undefined : decodeCheckpoint(options.after);
    const events: RecordedEvent[] = [];
    // System and foreign events count against the server's maxCount but not ours, so keep
    // reading until the page is full or $all is exhausted.
    while (events.length < limit) {
      const raw = await this.collect(() =>
        this.client.readAll({ fromPosition: floor ?? START, maxCount: rawPage, direction: FORWARDS }),
      );
      let advanced = false;
      for (const resolved of raw) {
        const event = resolved.event;
        if (!event) continue;
        if (floor && comparePositions(event.position, floor) <= 0) continue;
        floor = event.position;
        advanced = true;
        if (!isSystemEvent(event) && isOurEvent(event)) events.push(fromClientEvent(event, event.position));
        if (events.length === limit) break;
      }
      if (raw.length < rawPage || !advanced) break;
    }
    return { events, checkpoint: events.length > 0 ? events[events.length - 1].checkpoint : options.after };
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new KurrentDbAllSubscription(this.client, options, () => this.endOfLog());
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    await this.client.dispose();
  }

  /** The last `count` events of the stream in revision order; empty when it does not exist. */
  private async readTail(streamId: string, count: number): Promise<StoredEvent[]> {
    const resolved = await this.readResolved(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: count });
    return resolved.flatMap((r) => (r.event ? [toStoredEvent(r.event)] : [])).reverse();
  }

  /**
   * The appended events as stored, for their log positions (the append reply carries one position
   * for the whole batch). A revision other than the planned one means the chain is broken.
   */
  private async readBackAppended(streamId: string, chained: readonly ChainedEvent[]): Promise<AppendResult> {
    const first = chained[0].revision;
    const stored = await this.read(streamId, {
      direction: FORWARDS,
      fromRevision: BigInt(first),
      maxCount: chained.length,
    });
    const appended = chained.map((planned, i) => {
      const event = stored[i];
      if (!event || event.id !== planned.event.id || event.revision !== planned.revision) {
        throw new Error(
          `stream ${streamId}: event ${planned.event.id} was appended but is not at revision ${planned.revision} as chained`,
        );
      }
      return { id: event.id, revision: event.revision, globalPosition: event.globalPosition, hash: planned.hash };
    });
    return { streamId, nextExpectedRevision: appended[appended.length - 1].revision, events: appended };
  }

  private async read(streamId: string, options: StreamReadOptions): Promise<RecordedEvent[]> {
    const resolved = await this.readResolved(streamId, options);
    return resolved.flatMap((r) => (r.event ? [fromClientEvent(r.event)] : []));
  }

  private async readResolved(streamId: string, options: StreamReadOptions): Promise<ResolvedEvent[]> {
    try {
      return await this.collect(() => this.client.readStream(streamId, options), streamId);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  private async endOfLog(): Promise<Position | undefined> {
    const [last] = await this.collect(() =>
      this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 }),
    );
    return last?.event?.position;
  }

  /** Drains a client read; the client may throw when called or while iterating. A missing stream passes through as is. */
  private async collect<T extends ResolvedEvent | AllStreamResolvedEvent>(
    read: () => AsyncIterable<T>,
    streamId?: string,
  ): Promise<T[]> {
    const items: T[] = [];
    try {
      for await (const item of read()) items.push(item);
    } catch (error) {
      if (error instanceof StreamNotFoundError) throw error;
      throw mapClientError(error, streamId === undefined ? {} : { streamId });
    }
    return items;
  }
}
