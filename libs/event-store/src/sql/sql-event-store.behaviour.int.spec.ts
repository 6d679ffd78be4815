/** What the SQL adapter does beyond the shared contract: other processes, and a database that is gone. */
import { PgDatabase, createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { EventStoreUnavailableError } from '../errors';
import type { RecordedEvent } from '../envelope';
import { anEvent, someEvents } from '../contract/fixtures';
import { createSqlEventStore, migrateEventStore } from './sql-event-store';

describe.each(testDrivers())('SQL event store (%s)', (driver) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    await migrateEventStore(database.db);
  }, 60_000);

  afterEach(async () => {
    await database.dispose();
  });

  it('reports a closed database as unavailable', async () => {
    const closed = await createTestDatabase(driver);
    await migrateEventStore(closed.db);
    const store = createSqlEventStore(closed.db);
    await closed.dispose();
    await expect(store.readStream('any')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.appendToStream('any', [anEvent()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });

  it('stops its subscriptions on close', async () => {
    const store = createSqlEventStore(database.db, { pollIntervalMs: 10 });
    const subscription = store.subscribeToAll({ onEvents: () => Promise.resolve() });
    await subscription.caughtUp();
    await store.close();
    await expect(subscription.caughtUp()).rejects.toThrow('stopped');
  });

  if (driver === 'postgres') {
    it('delivers to a subscriber the appends of another process, by polling', async () => {
      const otherProcess = new PgDatabase(database.url ?? '');
      const writer = createSqlEventStore(otherProcess);
      const reader = createSqlEventStore(database.db, { pollIntervalMs: 20 });
      const delivered: RecordedEvent[] = [];
      const subscription = reader.subscribeToAll({
        onEvents: (events) => {
          delivered.push(...events);
          return Promise.resolve();
        },
      });
      try {
        await subscription.caughtUp();
        const events = someEvents(3);
        await writer.appendToStream('elsewhere', events, { expectedRevision: 'no_stream' });
        await subscription.caughtUp();
        expect(delivered.map((e) => e.id)).toEqual(events.map((e) => e.id));
      } finally {
        await subscription.stop();
        await otherProcess.close();
      }
    });
  }
});
