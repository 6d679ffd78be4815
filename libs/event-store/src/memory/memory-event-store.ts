/**
 * An in-memory event store with the SQL adapter's semantics (same validation, same hash chain,
 * same idempotency and revision rules), for fast tests of logic built on the port. Each append
 * runs synchronously from its check to its write, so concurrent callers in one process see the
 * same optimistic-concurrency outcomes as against a database. Nothing is persisted.
 */
import type { EventToAppend, LogCheckpoint, RecordedEvent } from '../envelope';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '../errors';
import { expectedRevisionSatisfied, expectedRevisionToText, type ActualRevision } from '../expected-revision';
import { chainHash } from '../hash-chain';
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
import { prepareAppend, type PreparedEvent } from '../prepare-append';
import { AppendSignal } from '../subscription/append-signal';
import { CatchUpSubscription } from '../subscription/catch-up-subscription';
import { SubscriptionRegistry } from '../subscription/subscription-registry';

export interface MemoryEventStoreOptions {
  /** Injected clock for recordedAt (defaults to the system clock). */
  readonly now?: () => Date;
}

/** The memory store, plus a way for tests to alter history behind the hash chain's back. */
export interface MemoryEventStore extends EventStore {
  /** Replaces a stored event's data in place, as an attacker with write access would. */
  tamperWith(eventId: string, data: unknown): void;
}

export function createMemoryEventStore(options: MemoryEventStoreOptions = {}): MemoryEventStore {
  return new InMemoryEventStore(options.now ?? (() => new Date()));
}

interface StoredEvent {
  event: RecordedEvent;
  /** Which append wrote it: a retry is the same batch only if it is one whole append. */
  batch: number;
  digest: string;
}

const PREFIX = 'memory:';
const DEFAULT_PAGE = 1000;

class InMemoryEventStore implements MemoryEventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new SubscriptionRegistry();
  private batches = 0;

  constructor(private readonly now: () => Date) {}

  appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    return settle(() => this.append(streamId, events, options));
  }

  /** Synchronous from check to write: no other append can come between. */
  private append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): AppendResult {
    try {
      expectedRevisionToText(options.expectedRevision);
    } catch (error) {
      throw new InvalidEventError((error as Error).message);
    }
    const prepared = prepareAppend(streamId, events);
    const stream = this.streams.get(streamId) ?? [];
    const head: ActualRevision = stream.length === 0 ? 'no_stream' : stream.length - 1;

    const original = this.findAppended(streamId, prepared);
    if (original) return result(streamId, original);
    if (!expectedRevisionSatisfied(options.expectedRevision, head)) {
      throw new WrongExpectedRevisionError(streamId, options.expectedRevision, head);
    }

    const batch = ++this.batches;
    const recordedAt = this.now().toISOString();
    let previousHash = stream.length === 0 ? null : stream[stream.length - 1].event.hash;
    const written = prepared.map(({ content, digest }) => {
      const revision = stream.length;
      const globalPosition = this.log.length + 1;
      const hash = chainHash(previousHash, revision, digest);
      // The stored copy is the hashed content read back, as a database would return it.
      const event: RecordedEvent = {
        ...(JSON.parse(content) as EventToAppend),
        streamId,
        revision,
        globalPosition,
        checkpoint: `${PREFIX}${globalPosition}`,
        recordedAt,
        previousHash,
        hash,
      };
      previousHash = hash;
      const stored: StoredEvent = { event, batch, digest };
      stream.push(stored);
      this.log.push(stored);
      this.byId.set(event.id, stored);
      return stored;
    });
    this.streams.set(streamId, stream);
    this.appended.notify();
    return result(streamId, written);
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return settle(() => this.readStreamNow(streamId, options));
  }

  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return settle(() => new Map(streamIds.map((streamId) => [streamId, this.readStreamNow(streamId, {})])));
  }

  private readStreamNow(streamId: string, options: ReadStreamOptions): RecordedEvent[] {
    const stream = this.streams.get(streamId) ?? [];
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const picked: StoredEvent[] = [];
    if (options.direction === 'backwards') {
      for (
        let r = Math.min(options.fromRevision ?? stream.length - 1, stream.length - 1);
        r >= 0 && picked.length < limit;
        r--
      ) {
        picked.push(stream[r]);
      }
    } else {
      for (let r = options.fromRevision ?? 0; r < stream.length && picked.length < limit; r++) picked.push(stream[r]);
    }
    return picked.map((stored) => copy(stored.event));
  }

  readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    return settle(() => {
      const start = options.after === undefined ? 0 : positionOf(options.after);
      const events = this.log
        .slice(start, start + (options.maxCount ?? DEFAULT_PAGE))
        .map((stored) => copy(stored.event));
      return { events, checkpoint: events.length > 0 ? events[events.length - 1].checkpoint : options.after };
    });
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new CatchUpSubscription(
      {
        readAll: (page) => this.readAll(page),
        headCheckpoint: () => Promise.resolve(this.log[this.log.length - 1]?.event.checkpoint),
        compareCheckpoints: (a, b) => positionOf(a) - positionOf(b),
        onAppended: (listener) => this.appended.listen(listener),
      },
      { ...options, pollIntervalMs: 1000 },
    );
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
  }

  tamperWith(eventId: string, data: unknown): void {
    const stored = this.byId.get(eventId.toLowerCase());
    if (!stored) throw new Error(`no event ${eventId}`);
    stored.event = { ...stored.event, data: JSON.parse(JSON.stringify(data)) as unknown };
  }

  /** The same rule as nsf_find_appended in SQL: the whole earlier append, same order, same content. */
  private findAppended(streamId: string, prepared: readonly PreparedEvent[]): StoredEvent[] | undefined {
    const found = prepared.map(({ event }) => this.byId.get(event.id));
    const existing = found.filter((stored): stored is StoredEvent => stored !== undefined);
    if (existing.length === 0) return undefined;
    const first = found[0];
    const sameBatch =
      existing.length === prepared.length &&
      first !== undefined &&
      found.every(
        (stored, index) =>
          stored !== undefined &&
          stored.event.streamId === streamId &&
          stored.batch === first.batch &&
          stored.event.revision === first.event.revision + index &&
          stored.digest === prepared[index].digest,
      ) &&
      (this.streams.get(streamId) ?? []).filter((stored) => stored.batch === first.batch).length === prepared.length;
    if (sameBatch) return existing;
    throw new EventIdConflictError(
      streamId,
      existing.map((stored) => stored.event.id),
    );
  }
}

function result(streamId: string, written: readonly StoredEvent[]): AppendResult {
  const events = written.map(({ event }) => ({
    id: event.id,
    revision: event.revision,
    globalPosition: event.globalPosition,
    hash: event.hash,
  }));
  return { streamId, nextExpectedRevision: events[events.length - 1].revision, events };
}

/** The outcome of synchronous work as a promise: its value, or its exception as a rejection. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function positionOf(checkpoint: LogCheckpoint): number {
  if (!checkpoint.startsWith(PREFIX))
    throw new TypeError(`not a memory event-store checkpoint: ${JSON.stringify(checkpoint)}`);
  return Number(checkpoint.slice(PREFIX.length));
}

/** Callers get their own copy, as from a database: mutating it cannot alter the store. */
function copy(event: RecordedEvent): RecordedEvent {
  return structuredClone(event);
}
