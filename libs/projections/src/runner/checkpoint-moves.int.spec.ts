/**
 * Every move of a stored checkpoint is announced on CHECKPOINT_MOVES_CHANNEL once committed —
 * a runner's batch and a rebuild's switch alike — and a batch rolled back announces nothing.
 * Listening needs a server, so this runs on PostgreSQL (DATABASE_URL); on PGlite the trigger is
 * created by every other suite of this library, which checks that it stays out of the way.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual as isEqual } from 'node:util';
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type Listening, type TestDatabase } from '@nsf/sql';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { CHECKPOINT_MOVES_CHANNEL } from './projection-checkpoints';
import { ProjectionRunner } from './projection-runner';
import { countingProjection, storedCheckpoint } from './testing/counting-projection';
import { scoredEvents } from './testing/scored-events';

const onServer = testDrivers().includes('postgres') ? describe : describe.skip;

onServer('checkpoint moves announced on a PostgreSQL server (needs DATABASE_URL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let listening: Listening;
  const heard: unknown[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await migrateEventStore(database.db);
    store = createSqlEventStore(database.db);
    const listen = database.db.listen;
    if (!listen) throw new Error('a PostgreSQL database should offer listening');
    await new Promise<void>((resolve, reject) => {
      listening = listen(CHECKPOINT_MOVES_CHANNEL, {
        heard: (payload) => heard.push(JSON.parse(payload)),
        listening: resolve,
        lost: reject,
      });
    });
  });
  afterAll(async () => {
    await listening.stop();
    await database.dispose();
  });

  /** Waits until everything sent so far is heard: a marker sent now comes after it (commit order). */
  async function heardAllSent(): Promise<void> {
    const marker = { schema: 'marker', name: randomUUID() };
    await database.db.query('SELECT pg_notify($1, $2)', [CHECKPOINT_MOVES_CHANNEL, JSON.stringify(marker)]);
    for (let i = 0; i < 250 && !heard.some((payload) => isEqual(payload, marker)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heard).toContainEqual(marker);
  }

  /** What is announced while `work` runs, and nothing announced before it. */
  async function heardDuring(work: () => Promise<void>): Promise<unknown[]> {
    await heardAllSent();
    heard.length = 0;
    await work();
    await heardAllSent();
    return heard.filter((payload) => (payload as { schema?: string }).schema !== 'marker');
  }

  it('announces each batch a runner commits, naming the projection and the schema', async () => {
    const projection = countingProjection('announced');
    const runner = new ProjectionRunner({ store, db: database.db, projections: [projection], batchSize: 2 });
    await store.appendToStream('stream-a', scoredEvents(3, 0), { expectedRevision: 'any' });
    const announced = await heardDuring(() => runner.catchUp());
    expect(announced).toEqual([
      { schema: 'public', name: 'announced' },
      { schema: 'public', name: 'announced' },
    ]);
  });

  it('announces nothing of a batch that was rolled back', async () => {
    const projection = countingProjection('crashing');
    const runner = new ProjectionRunner({ store, db: database.db, projections: [projection] });
    await runner.catchUp();
    const before = await storedCheckpoint(database.db, 'crashing');
    await store.appendToStream('stream-b', scoredEvents(2, 10), { expectedRevision: 'any' });
    const events = await store.readStream('stream-b');
    projection.crashOn([events[1].id]);
    const announced = await heardDuring(async () => {
      await expect(runner.catchUp()).rejects.toThrow('injected crash');
    });
    expect(announced).toEqual([]);
    expect(await storedCheckpoint(database.db, 'crashing')).toBe(before);
  });

  it('announces a rebuild’s switch to the rebuilt tables', async () => {
    const projection = countingProjection('rebuilt');
    await new ProjectionRunner({ store, db: database.db, projections: [projection] }).catchUp();
    const announced = await heardDuring(async () => {
      await rebuildProjection({ store, db: database.db, projection });
    });
    expect(announced).toEqual([{ schema: 'public', name: 'rebuilt' }]);
  });
});
