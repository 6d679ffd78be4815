import { jsonEvent, UnavailableError } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import { EventStoreUnavailableError } from '../errors';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { anEvent } from './testing/builders';
import { FakeKurrentDb } from './testing/fake-kurrentdb';

describe('KurrentDbEventStore.subscribeToAll (over an in-memory KurrentDB)', () => {
  let server: FakeKurrentDb;
  let store: KurrentDbEventStore;

  beforeEach(() => {
    server = new FakeKurrentDb();
    store = new KurrentDbEventStore(server);
  });

  afterEach(async () => {
    await store.close();
  });

  async function append(count: number, streamId = 'assessment-1'): Promise<string[]> {
    const events = Array.from({ length: count }, () => anEvent());
    await store.appendToStream(streamId, events, { expectedRevision: 'any' });
    return events.map((e) => e.id);
  }

  function systemEvent(): void {
    server.appendRaw('$stats-127.0.0.1:2113', jsonEvent({ type: '$statistics-collected', data: {} }));
  }

  /** Records batches; each delivery takes a turn of the event loop, to expose overlapping batches. */
  function recorder() {
    const batches: RecordedEvent[][] = [];
    let inFlight = 0;
    let overlapped = false;
    const onEvents = async (events: RecordedEvent[]): Promise<void> => {
      inFlight += 1;
      overlapped ||= inFlight > 1;
      await new Promise((resolve) => setImmediate(resolve));
      batches.push(events);
      inFlight -= 1;
    };
    return { batches, onEvents, ids: () => batches.flat().map((e) => e.id), overlapped: () => overlapped };
  }

  it('delivers history, then live events, in order, skipping system and foreign events', async () => {
    const history = await append(3);
    systemEvent();
    server.appendRaw('orders-1', jsonEvent({ type: 'OrderPlaced', data: {} }));
    const seen = recorder();
    const subscription = store.subscribeToAll({ onEvents: seen.onEvents });
    await subscription.caughtUp();
    expect(seen.ids()).toEqual(history);

    const live = await append(2, 'assessment-2');
    await subscription.caughtUp();
    expect(seen.ids()).toEqual([...history, ...live]);
    await subscription.stop();
  });

  it('hands over batches of at most maxCount, one at a time', async () => {
    const ids = await append(11);
    const seen = recorder();
    const subscription = store.subscribeToAll({ maxCount: 4, onEvents: seen.onEvents });
    await subscription.caughtUp();
    expect(seen.ids()).toEqual(ids);
    expect(Math.max(...seen.batches.map((b) => b.length))).toBeLessThanOrEqual(4);
    expect(seen.overlapped()).toBe(false);
    await subscription.stop();
  });

  it('starts strictly after the checkpoint it is given', async () => {
    await append(3);
    const { checkpoint } = await store.readAll();
    const later = await append(2);
    const seen = recorder();
    const subscription = store.subscribeToAll({ after: checkpoint, onEvents: seen.onEvents });
    await subscription.caughtUp();
    expect(seen.ids()).toEqual(later);
    await subscription.stop();
  });

  it('catches up when the log ends with system events, and on an empty database', async () => {
    const empty = store.subscribeToAll({ onEvents: recorder().onEvents });
    await expect(empty.caughtUp()).resolves.toBeUndefined();
    await empty.stop();

    const ids = await append(1);
    systemEvent();
    systemEvent();
    const seen = recorder();
    const subscription = store.subscribeToAll({ onEvents: seen.onEvents });
    await subscription.caughtUp();
    expect(seen.ids()).toEqual(ids);
    await subscription.stop();
  });

  it('reports a lost connection as EventStoreUnavailableError and stops', async () => {
    await append(1);
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll({ onEvents: recorder().onEvents, onError: (e) => errors.push(e) });
    await subscription.caughtUp();
    server.dropSubscriptions(new UnavailableError(undefined, 'connection reset'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EventStoreUnavailableError);
    await expect(subscription.caughtUp()).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('stops on an error thrown by onEvents and reports it', async () => {
    await append(2);
    const failure = new Error('projection failed');
    const errors: unknown[] = [];
    let calls = 0;
    const subscription = store.subscribeToAll({
      maxCount: 1,
      onEvents: () => {
        calls += 1;
        return Promise.reject(failure);
      },
      onError: (e) => errors.push(e),
    });
    await expect(subscription.caughtUp()).rejects.toBe(failure);
    expect(errors).toEqual([failure]);
    expect(calls).toBe(1);
  });

  it('delivers nothing after stop, and close() stops what is still open and disposes the client', async () => {
    const seen = recorder();
    const subscription = store.subscribeToAll({ onEvents: seen.onEvents });
    await append(1);
    await subscription.caughtUp();
    await subscription.stop();
    await append(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.batches.flat()).toHaveLength(1);

    const open = store.subscribeToAll({ onEvents: recorder().onEvents });
    await store.close();
    await expect(open.caughtUp()).rejects.toThrow(/stopped/);
    expect(server.disposed).toBe(true);
  });
});
