/**
 * The KurrentDB adapter against a real server.
 *
 * - The shared event-store contract runs when KURRENTDB_URL is set (e.g.
 *   KURRENTDB_URL='kurrentdb://localhost:2113?tls=false'). Each run uses fresh stream names, so a
 *   long-lived server can be reused; the suite reads $all from the start, so keep it small.
 * - Failing fast on an unreachable server is checked everywhere: it needs no server.
 *
 * KurrentDB enforces event-id idempotency per stream only, so the contract's "refuses an id
 * already used in another stream" case is skipped for it (uniqueIdsAcrossStreams: false).
 */
import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../contract';
import { EventStoreUnavailableError } from '../errors';
import { createKurrentDbEventStore } from './create-kurrentdb-event-store';
import { anEvent } from './testing/builders';

const url = process.env['KURRENTDB_URL'];

if (url) {
  const capabilities = { tamper: false, delayedAppend: false, uniqueIdsAcrossStreams: false };
  describeEventStoreContract(
    'kurrentdb',
    () => {
      const store = createKurrentDbEventStore(url);
      return Promise.resolve({ store, dispose: () => store.close() });
    },
    capabilities,
  );
} else {
  // No KurrentDB server can be installed on these machines (and there is no Docker engine), so the
  // live contract run is skipped — visibly, with the reason in the test's name, never silently.
  describe.skip('EventStore contract: kurrentdb (live server)', () => {
    it('skipped: KURRENTDB_URL is not set — no KurrentDB server on this machine', () => {
      expect(process.env['KURRENTDB_URL']).toBeDefined();
    });
  });
}

describe('KurrentDB adapter when the server cannot be reached', () => {
  // Port 1 on the loopback is closed. The connection string bounds every wait with the client's
  // own deadline options (one discovery attempt, a 2 s gRPC deadline), so a regression shows as
  // a failure here, not as a hang; no timing is asserted.
  const closedPort =
    'kurrentdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1&discoveryInterval=100&defaultDeadline=2000';

  it('fails fast with EventStoreUnavailableError for appends and reads', async () => {
    const store = createKurrentDbEventStore(closedPort, { deadlineMs: 2_000 });
    try {
      const streamId = `assessment-${randomUUID()}`;
      await expect(
        store.appendToStream(streamId, [anEvent()], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readStream(streamId)).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readAll({ maxCount: 10 })).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('reports EventStoreUnavailableError from a subscription, and caughtUp() rejects', async () => {
    const store = createKurrentDbEventStore(closedPort, { deadlineMs: 2_000 });
    try {
      let onError: (error: unknown) => void = () => undefined;
      const reported = new Promise<unknown>((resolve) => (onError = resolve));
      const subscription = store.subscribeToAll({ onEvents: () => Promise.resolve(), onError });
      await expect(subscription.caughtUp()).rejects.toBeInstanceOf(EventStoreUnavailableError);
      expect(await reported).toBeInstanceOf(EventStoreUnavailableError);
      await subscription.stop();
    } finally {
      await store.close();
    }
  }, 30_000);

  it('refuses a URL that is not a KurrentDB connection string, before connecting', () => {
    expect(() => createKurrentDbEventStore('postgres://localhost:5432/nsf')).toThrow(
      /KURRENTDB_URL must be a KurrentDB connection string/,
    );
    expect(() => createKurrentDbEventStore('')).toThrow(TypeError);
  });
});
