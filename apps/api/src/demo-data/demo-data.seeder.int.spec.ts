import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE, eventIdFor } from '@nsf/api-core';
import { DEMO_PARTNERSHIPS_2009, generateDemoHistory } from '@nsf/demo-data';
import { verifyChain, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { countEvents } from '../assessments/assessment-requests';
import { startPlatform } from '../testing/platform-harness';
import { DemoDataSeeder } from './demo-data.seeder';

// One region's history: what is checked here does not grow with the number of partnerships.
const NORTH_WEST = DEMO_PARTNERSHIPS_2009.filter((partnership) => partnership.region === 'NORTH_WEST');

const ALLERDALE_2009 = 'assessment-north_west-allerdale-cdrp-2009-10';

describe.each(testDrivers())('seeding the demo history on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let store: EventStore;
  let db: SqlDatabase;
  let seeder: DemoDataSeeder;
  const history = generateDemoHistory({ idFor: eventIdFor, partnerships: NORTH_WEST });
  const stream = (streamId: string) => {
    const found = history.streams.find((s) => s.streamId === streamId);
    if (!found) throw new Error(`no generated stream ${streamId}`);
    return found;
  };

  beforeAll(async () => {
    platform = await startPlatform(driver);
    store = platform.app.get<EventStore>(EVENT_STORE);
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    seeder = new DemoDataSeeder(store, platform.app.get<ProjectionRunner>(PROJECTION_RUNNER), NORTH_WEST);
  });
  afterAll(() => platform.dispose());

  describe('when a first start was interrupted part-way through', () => {
    it('seeds the rest, leaving the streams already there as they are', async () => {
      // The interrupted seed wrote its first hundred streams (but the one taken below)…
      for (const written of history.streams.slice(0, 100).filter((s) => s.streamId !== ALLERDALE_2009)) {
        await store.appendToStream(written.streamId, written.events, { expectedRevision: 'no_stream' });
      }
      // …and something else already stands in a stream the seed would write.
      const [opened] = stream(ALLERDALE_2009).events;
      const foreign = { ...opened, id: eventIdFor('someone-else', 0), commandId: 'someone-else' };
      await store.appendToStream(ALLERDALE_2009, [foreign], { expectedRevision: 'no_stream' });

      await seeder.seedOnce();

      const expected = history.eventCount - stream(ALLERDALE_2009).events.length + 1;
      expect(await countEvents(db)).toBe(expected + 1);
      expect((await store.readStream(ALLERDALE_2009)).map((event) => event.id)).toEqual([foreign.id]);
      const [marker] = await store.readStream('platform-demo-data');
      expect(marker.data).toMatchObject({
        partnerships: NORTH_WEST.length,
        events: history.eventCount,
        streams: history.streams.length,
      });
    });

    it('writes each stream whole, with the ids and envelope the command path gives, and an intact hash chain', async () => {
      const generated = stream('assessment-north_west-allerdale-cdrp-2010-11');
      const stored = await store.readStream(generated.streamId);
      expect(stored).toMatchObject(generated.events);
      expect(verifyChain(stored)).toEqual({ ok: true, checked: stored.length });
    });

    it('does not seed again once the marker is written', async () => {
      const before = await countEvents(db);
      await seeder.seedOnce();
      expect(await countEvents(db)).toBe(before);
    });
  });
});
