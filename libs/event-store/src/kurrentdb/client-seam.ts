/**
 * The part of the KurrentDB client the adapter uses, in the client's own types. The real
 * `KurrentDBClient` satisfies it as it is; unit tests substitute a small in-memory server
 * (testing/fake-kurrentdb.ts) that speaks the same shapes and throws the same error classes.
 */
import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import type {
  AllStreamResolvedEvent,
  AppendResult,
  AppendToStreamOptions,
  EventData,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';

/**
 * A catch-up subscription as the adapter uses it: an object-mode readable of $all events (read in
 * paused mode, so nothing is pulled while a batch is being handled) that the caller can cancel.
 */
export interface AllSubscriptionStream {
  /** The next buffered event, or null when none is buffered. */
  read(): AllStreamResolvedEvent | null;
  on(event: 'readable' | 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  unsubscribe(): Promise<void>;
}

export interface KurrentDbClientSeam {
  appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult>;
  readStream(streamName: string, options: ReadStreamOptions): AsyncIterable<ResolvedEvent>;
  readAll(options: ReadAllOptions): AsyncIterable<AllStreamResolvedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): AllSubscriptionStream;
  dispose(): Promise<void>;
}

/** Opens the official client. It connects lazily: a bad address shows on the first call. */
export function connectKurrentDb(connectionString: string): KurrentDbClientSeam {
  return KurrentDBClient.connectionString(connectionString);
}
