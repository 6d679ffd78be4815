import type { EventToAppend, LogCheckpoint, RecordedEvent } from './envelope';
import type { ExpectedRevision } from './expected-revision';

/**
 * The event store port. The store is the only source of truth: every state change is an event
 * appended here with an expected revision; everything else (read models) is derived from it.
 * Adapters: SQL (PostgreSQL server or embedded PGlite), in-memory (unit tests), KurrentDB.
 */
export interface EventStore {
  /**
   * Appends the events, in order, to one stream atomically, if the stream is at `expectedRevision`.
   * Assigns revisions and the hash chain under the same guard as the revision check.
   * Retrying an append whose event ids are already stored in this stream returns the original result.
   * @throws WrongExpectedRevisionError, EventIdConflictError, InvalidEventError, StreamDeletedError
   */
  appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;

  /** Reads one stream; a stream that does not exist reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /**
   * Reads whole streams, forwards, each as `readStream` reads it: every stream asked for, in the
   * order asked, with its events (none for a stream that does not exist). One round trip where
   * the adapter can make it one: a view made of a partnership's several streams asks for them at once.
   */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;

  /**
   * Reads the global log in commit order, strictly after `after` (from the start when absent).
   * Gap-safe: it never returns an event while an earlier-ordered one may still commit, so a reader
   * that resumes from the last checkpoint it saw neither skips nor repeats an event.
   */
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;

  /** History from `after`, then live events, delivered in batches, in order, one batch at a time. */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;

  close(): Promise<void>;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  readonly streamId: string;
  /** Revision of the last event appended: the expected revision for the stream's next write. */
  readonly nextExpectedRevision: number;
  readonly events: readonly AppendedEvent[];
}

export interface AppendedEvent {
  readonly id: string;
  readonly revision: number;
  readonly globalPosition: number;
  readonly hash: string;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards defaults to 0, backwards to the stream's last revision. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  readonly after?: LogCheckpoint;
  /** Page size; adapters cap it. */
  readonly maxCount?: number;
}

export interface ReadAllPage {
  readonly events: RecordedEvent[];
  /** Where to resume: the last event's checkpoint, or `after` unchanged when the page is empty. */
  readonly checkpoint: LogCheckpoint | undefined;
}

export interface SubscribeToAllOptions {
  readonly after?: LogCheckpoint;
  readonly maxCount?: number;
  /** Called with each batch; the next batch is read only after this resolves. */
  readonly onEvents: (events: RecordedEvent[]) => Promise<void>;
  /** Called when the subscription stops on an error (from the store or from onEvents). */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once every event committed before the call has been delivered. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}
