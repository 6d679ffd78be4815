/**
 * Client failures translated into the port's typed errors, so callers handle KurrentDB exactly as
 * they handle the SQL adapters. Errors that are none of a concurrency conflict, a deleted stream,
 * an oversized append or unavailability are returned unchanged: they are bugs or misconfiguration
 * (access denied, …), not conditions a caller should act on.
 */
import {
  AppendRecordSizeExceededError,
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError as ClientStreamDeletedError,
  StreamTombstonedError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  convertToCommandError,
} from '@kurrent/kurrentdb-client';
import {
  EventStoreError,
  EventStoreUnavailableError,
  InvalidEventError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors';
import type { ExpectedRevision } from '../expected-revision';
import { fromAppendStreamState, fromCurrentStreamState } from './revision-mapping';

export interface ErrorContext {
  /** The stream the operation addressed, when it addressed one. */
  readonly streamId?: string;
  /** The caller's expectation (the adapter appends with the exact head, which callers never see). */
  readonly expected?: ExpectedRevision;
}

export function mapClientError(error: unknown, context: ErrorContext = {}): unknown {
  if (error instanceof EventStoreError) return error;
  if (!(error instanceof Error)) return error;
  // Some client paths reject with the raw gRPC ServiceError (e.g. an append that never connected);
  // the client's own converter turns those into its typed errors and leaves other errors alone.
  const converted = safelyConverted(error);

  if (converted instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(
      context.streamId ?? converted.streamName,
      context.expected ?? fromAppendStreamState(converted.expectedState),
      fromCurrentStreamState(converted.actualState),
    );
  }
  if (converted instanceof ClientStreamDeletedError) {
    return new StreamDeletedError(context.streamId ?? converted.streamName);
  }
  if (converted instanceof StreamTombstonedError) {
    return new StreamDeletedError(context.streamId ?? converted.stream);
  }
  // Too large for the server's MaxAppendSize: a property of the events, which no retry will fix.
  if (converted instanceof MaxAppendSizeExceededError || converted instanceof AppendRecordSizeExceededError) {
    return new InvalidEventError(
      `${context.streamId ? `stream ${context.streamId}: ` : ''}too large for KurrentDB: ${converted.message}`,
    );
  }
  if (isUnavailable(converted)) {
    return new EventStoreUnavailableError(`KurrentDB is unavailable: ${describe(converted)}`, { cause: error });
  }
  return error;
}

/** Conditions where nothing is known to have happened and the caller may retry. */
function isUnavailable(error: Error): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof NotLeaderError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof CancelledError
  );
}

function safelyConverted(error: Error): Error {
  try {
    return convertToCommandError(error);
  } catch {
    return error; // an error shaped like a gRPC failure but not quite one: keep it as it is
  }
}

function describe(error: Error): string {
  const kind = 'type' in error && typeof error.type === 'string' ? error.type : error.name;
  return error.message ? `${kind}: ${error.message}` : kind;
}
