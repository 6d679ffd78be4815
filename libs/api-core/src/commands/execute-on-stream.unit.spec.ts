import { accept, conflict, reject, type Actor, type Decision } from '@nsf/domain';
import { createMemoryEventStore, type EventStore } from '@nsf/event-store';
import { commandEnvelope } from './command-envelope';
import { executeOnStream } from './execute-on-stream';

/** A counter: the smallest decider that shows load → decide → append. */
type CounterEvent = { type: 'Incremented'; schemaVersion: 1; data: { by: number } };
const counter = {
  initialState: 0,
  evolve: (state: number, event: CounterEvent) => state + event.data.by,
};
const increment =
  (by: number, limit = 10) =>
  (state: number): Decision<CounterEvent> =>
    state + by > limit
      ? reject(conflict('over the limit'))
      : accept({ type: 'Incremented', schemaVersion: 1, data: { by } });

const actor: Actor = {
  username: 'nadia.national',
  displayName: 'Nadia',
  role: 'NATIONAL',
  region: null,
  partnershipId: null,
};
const envelope = (commandId?: string) =>
  commandEnvelope({ actor, now: new Date('2026-11-26T09:00:00.000Z'), commandId, reason: 'testing' });

describe('executing a command on a stream', () => {
  let store: EventStore;
  const run = (decide: (state: number) => Decision<CounterEvent>, commandId?: string) =>
    executeOnStream({
      store,
      streamId: 'counter-1',
      tenantId: 'tenant-1',
      decider: counter,
      envelope: envelope(commandId),
      decide,
    });

  beforeEach(() => {
    store = createMemoryEventStore();
  });
  afterEach(() => store.close());

  it('appends the decided events with the envelope of the command', async () => {
    const outcome = await run(increment(2), '11111111-1111-4111-8111-111111111111');
    expect(outcome).toEqual({
      ok: true,
      state: 2,
      revision: 0,
      occurredAt: '2026-11-26T09:00:00.000Z',
      replayed: false,
    });
    const [event] = await store.readStream('counter-1');
    expect(event).toMatchObject({
      type: 'Incremented',
      tenantId: 'tenant-1',
      actor: 'nadia.national',
      reason: 'testing',
      commandId: '11111111-1111-4111-8111-111111111111',
      correlationId: '11111111-1111-4111-8111-111111111111',
      occurredAt: '2026-11-26T09:00:00.000Z',
      data: { by: 2 },
      metadata: { actorRole: 'NATIONAL' },
    });
  });

  it('decides on the folded state of the stream', async () => {
    await run(increment(6));
    const outcome = await run(increment(6));
    expect(outcome).toEqual({ ok: false, error: conflict('over the limit') });
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('applies a retried command once and reports the replay', async () => {
    const commandId = '22222222-2222-4222-8222-222222222222';
    await run(increment(1), commandId);
    const retry = await run(increment(1), commandId);
    expect(retry).toMatchObject({ ok: true, state: 1, revision: 0, replayed: true });
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('turns a concurrent writer that got there first into a conflict, appending nothing', async () => {
    await run(increment(1));
    // A rival appends after this command has loaded the stream, just before it appends.
    const append = store.appendToStream.bind(store);
    store.appendToStream = async (streamId, events, options) => {
      store.appendToStream = append;
      await run(increment(1));
      return append(streamId, events, options);
    };
    const outcome = await run(increment(1));
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const events = await store.readStream('counter-1');
    expect(events.map((event) => event.revision)).toEqual([0, 1]);
  });
});
