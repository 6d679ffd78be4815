/**
 * A small in-memory KurrentDB for unit tests: the client's method shapes, the server's rules that
 * the adapter relies on (stream states, $all order by position, reads that start AT a position,
 * subscriptions that start AFTER one, StreamNotFound on a missing stream) and the client's own
 * error classes. It is a stand-in for a server, not a mock of the adapter: the adapter's real code
 * runs against it. What it cannot prove — that the real server behaves like this — is left to the
 * live contract run (kurrentdb-event-store.int.spec.ts with KURRENTDB_URL).
 */
import { PassThrough } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type {
  AllStreamRecordedEvent,
  AllStreamResolvedEvent,
  AppendResult,
  AppendToStreamOptions,
  EventData,
  JSONType,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import type { AllSubscriptionStream, KurrentDbClientSeam } from '../client-seam';

export class FakeKurrentDb implements KurrentDbClientSeam {
  /** $all, in log order. */
  readonly log: AllStreamRecordedEvent[] = [];
  readonly appendCalls: { streamName: string; options: AppendToStreamOptions; events: EventData[] }[] = [];
  /** Runs before each append is checked: lets a test slip in a concurrent writer or a failure. */
  beforeAppend: ((streamName: string) => void) | undefined;
  /** Models servers older than 22.6, whose stream reads carry no log position. */
  streamReadsWithoutPosition = false;
  disposed = false;
  private readonly tombstoned = new Set<string>();
  private readonly subscribers = new Set<PassThrough>();
  private nextPosition = 1_000n;
  private clock = Date.parse('2008-04-01T09:30:00.000Z');

  appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult> {
    // Checked and written in one go, as the server's single writer does; a throw becomes a rejection.
    return new Promise((resolve) => resolve(this.append(streamName, events, options)));
  }

  private append(streamName: string, events: EventData[], options: AppendToStreamOptions): AppendResult {
    this.appendCalls.push({ streamName, options, events });
    this.beforeAppend?.(streamName);
    if (this.tombstoned.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
    const state = options.streamState ?? ANY;
    const current = this.head(streamName);
    const ok =
      state === ANY ||
      (state === NO_STREAM && current === NO_STREAM) ||
      (state === STREAM_EXISTS && current !== NO_STREAM) ||
      (typeof state === 'bigint' && current === state);
    if (!ok) throw new WrongExpectedVersionError(undefined, { streamName, expected: state, current });
    let revision = current === NO_STREAM ? -1n : current;
    for (const event of events) {
      revision += 1n;
      this.write(streamName, revision, event);
    }
    const last = this.log[this.log.length - 1];
    return { success: true, nextExpectedRevision: revision, position: last.position };
  }

  /** Writes outside the adapter: system events, other applications' events. */
  appendRaw(streamName: string, event: EventData): AllStreamRecordedEvent {
    const current = this.head(streamName);
    return this.write(streamName, current === NO_STREAM ? 0n : current + 1n, event);
  }

  tombstone(streamName: string): void {
    this.tombstoned.add(streamName);
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<ResolvedEvent> {
    const snapshot = this.log.filter((event) => event.streamId === streamName);
    const withoutPosition = this.streamReadsWithoutPosition;
    const deleted = this.tombstoned.has(streamName);
    return (async function* () {
      await arrival();
      if (deleted) throw StreamDeletedError.fromStreamName(streamName);
      if (snapshot.length === 0) throw new StreamNotFoundError(undefined, streamName);
      const backwards = options.direction === BACKWARDS;
      const from = options.fromRevision ?? (backwards ? END : START);
      let events = backwards ? [...snapshot].reverse() : snapshot;
      if (typeof from === 'bigint')
        events = events.filter((e) => (backwards ? e.revision <= from : e.revision >= from));
      for (const event of events.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) {
        yield { event: withoutPosition ? { ...event, position: undefined } : event };
      }
    })();
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<AllStreamResolvedEvent> {
    const backwards = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (backwards ? END : START);
    let events = backwards ? [...this.log].reverse() : [...this.log];
    if (typeof from === 'object') {
      // Like the server: a read starts AT the given position (inclusive).
      events = events.filter((e) => (backwards ? compare(e.position, from) <= 0 : compare(e.position, from) >= 0));
    }
    const page = events.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    return (async function* () {
      await arrival();
      for (const event of page) yield { event, commitPosition: event.position.commit };
    })();
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscriptionStream {
    const from = options.fromPosition ?? START;
    const stream = new PassThrough({ objectMode: true, highWaterMark: 4 });
    // Like the server: a subscription starts AFTER the given position (exclusive).
    for (const event of this.log) {
      if (from === START || (typeof from === 'object' && compare(event.position, from) > 0)) stream.write({ event });
    }
    this.subscribers.add(stream);
    const unsubscribe = (): Promise<void> => {
      this.subscribers.delete(stream);
      stream.end();
      return Promise.resolve();
    };
    return Object.assign(stream, { unsubscribe });
  }

  /** Breaks every live subscription the way a lost connection does. */
  dropSubscriptions(error: Error): void {
    for (const stream of this.subscribers) stream.destroy(error);
    this.subscribers.clear();
  }

  dispose(): Promise<void> {
    this.disposed = true;
    return Promise.resolve();
  }

  private head(streamName: string): bigint | typeof NO_STREAM {
    const events = this.log.filter((event) => event.streamId === streamName);
    return events.length === 0 ? NO_STREAM : events[events.length - 1].revision;
  }

  private write(streamName: string, revision: bigint, event: EventData): AllStreamRecordedEvent {
    // Positions are byte offsets in the server's log: increasing, not dense.
    const position: Position = { commit: this.nextPosition, prepare: this.nextPosition };
    this.nextPosition += 137n;
    this.clock += 1;
    const isJson = event.contentType === 'application/json';
    const stored = {
      streamId: streamName,
      id: event.id,
      revision,
      type: event.type,
      created: new Date(this.clock),
      // Stored as bytes and parsed on the way out, as the client does.
      data: isJson ? (roundTrip(event.data) as JSONType) : event.data,
      metadata: event.metadata === undefined ? undefined : (roundTrip(event.metadata) as JSONType),
      isJson,
      position,
    } as AllStreamRecordedEvent;
    this.log.push(stored);
    for (const subscriber of this.subscribers) subscriber.write({ event: stored });
    return stored;
  }
}

/** Read results come back on a later turn of the event loop, as they do over the network. */
function arrival(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function roundTrip(value: unknown): unknown {
  return value instanceof Uint8Array ? value : JSON.parse(JSON.stringify(value));
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}
