import type { ActualRevision, ExpectedRevision } from './expected-revision';

/** Base class for the failures an event store reports as values callers can act on. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** Optimistic concurrency: the stream was not where the writer expected it to be. Nothing was appended. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, but it is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some of the event ids are already stored, but not as this exact append to this stream. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`stream ${streamId}: event ids already used by a different append: ${eventIds.join(', ')}`);
    this.name = 'EventIdConflictError';
  }
}

/** The stream was deleted (KurrentDB tombstones); it cannot be written again. */
export class StreamDeletedError extends EventStoreError {
  readonly code = 'STREAM_DELETED';
  constructor(readonly streamId: string) {
    super(`stream ${streamId} is deleted`);
    this.name = 'StreamDeletedError';
  }
}

/** The store cannot be reached or refused to serve the request; the caller may retry. */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/** The events given to append are malformed (bad id, empty batch, bad timestamp). */
export class InvalidEventError extends EventStoreError {
  readonly code = 'INVALID_EVENT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}
