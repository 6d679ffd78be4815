import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NO_STREAM,
  NotLeaderError,
  StreamDeletedError as ClientStreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
// The client's own transport library: used here only to build failures exactly as gRPC delivers them.
import { Metadata } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import {
  EventStoreUnavailableError,
  InvalidEventError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors';
import { mapClientError } from './error-mapping';

/** The shape of a gRPC failure as the client receives it before converting it. */
function grpcFailure(code: number, details: string, entries: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(entries)) metadata.set(key, value);
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata });
}

describe('error mapping', () => {
  describe('WrongExpectedVersionError', () => {
    const conflict = new WrongExpectedVersionError(undefined, {
      streamName: 'assessment-1',
      expected: 4n,
      current: 6n,
    });

    it('becomes WrongExpectedRevisionError with the actual revision, in the caller’s terms', () => {
      const mapped = mapClientError(conflict, { streamId: 'assessment-1', expected: 'any' });
      expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
      expect(mapped).toMatchObject({ streamId: 'assessment-1', expected: 'any', actual: 6 });
    });

    it('falls back to what the server says was expected when the caller’s expectation is unknown', () => {
      expect(mapClientError(conflict)).toMatchObject({ streamId: 'assessment-1', expected: 4, actual: 6 });
    });

    it('reports a missing stream as no_stream', () => {
      const missing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: NO_STREAM });
      expect(mapClientError(missing)).toMatchObject({ actual: 'no_stream' });
    });
  });

  it('maps StreamDeletedError to the port’s StreamDeletedError', () => {
    const mapped = mapClientError(ClientStreamDeletedError.fromStreamName('assessment-1'));
    expect(mapped).toBeInstanceOf(StreamDeletedError);
    expect(mapped).toMatchObject({ streamId: 'assessment-1' });
  });

  it('maps MaxAppendSizeExceededError to InvalidEventError: the events are too large, a retry cannot help', () => {
    const mapped = mapClientError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), {
      streamId: 'assessment-1',
    });
    expect(mapped).toBeInstanceOf(InvalidEventError);
    expect((mapped as Error).message).toMatch(/assessment-1: too large for KurrentDB/);
  });

  describe('unavailability', () => {
    it.each([
      ['UnavailableError', new UnavailableError()],
      ['DeadlineExceededError', new DeadlineExceededError()],
      ['TimeoutError', new TimeoutError()],
      ['CancelledError', new CancelledError()],
    ])('maps %s to EventStoreUnavailableError, keeping the cause', (_name, error) => {
      const mapped = mapClientError(error);
      expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
      expect((mapped as Error).cause).toBe(error);
    });

    it('maps NotLeaderError (a follower answered a write) to EventStoreUnavailableError', () => {
      const leaderMoved = grpcFailure(5, 'Leader info available', {
        exception: 'not-leader',
        'leader-endpoint-host': '10.0.0.2',
        'leader-endpoint-port': '2113',
      });
      expect(mapClientError(new NotLeaderError(leaderMoved))).toBeInstanceOf(EventStoreUnavailableError);
      // …and as the raw gRPC failure, which the client's converter recognises by its metadata.
      expect(mapClientError(leaderMoved)).toBeInstanceOf(EventStoreUnavailableError);
    });

    it('maps a raw gRPC UNAVAILABLE (an append that never connected) to EventStoreUnavailableError', () => {
      const mapped = mapClientError(grpcFailure(14, 'No connection established'));
      expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
      expect((mapped as Error).message).toMatch(/unavailable/);
    });

    it('maps a raw gRPC DEADLINE_EXCEEDED to EventStoreUnavailableError', () => {
      expect(mapClientError(grpcFailure(4, 'Deadline exceeded'))).toBeInstanceOf(EventStoreUnavailableError);
    });
  });

  describe('everything else passes through unchanged', () => {
    it.each([
      ['AccessDeniedError', new AccessDeniedError()],
      ['StreamNotFoundError', new StreamNotFoundError(undefined, 's')],
      ['a plain Error', new Error('bug')],
    ])('%s', (_name, error) => {
      expect(mapClientError(error)).toBe(error);
    });

    it('including errors that are already the port’s', () => {
      const invalid = new InvalidEventError('bad');
      expect(mapClientError(invalid)).toBe(invalid);
    });

    it('and values that are not errors', () => {
      expect(mapClientError('boom')).toBe('boom');
    });
  });
});
