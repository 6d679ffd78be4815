/**
 * The partnerships directory against a real database (PGlite, and PostgreSQL when DATABASE_URL is
 * set): a data folder made before the decision columns keeps working, and the decisions recorded
 * on partnerships' streams show in the directory.
 */
import { randomUUID } from 'node:crypto';
import { partnershipStreamId, type PartnershipEvent } from '@nsf/domain';
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { ProjectionRunner } from '../runner/projection-runner';
import { partnershipsProjection } from './partnerships.projection';
import { findPartnership, listPartnerships } from './partnerships.queries';

const ALLERDALE = 'north_west-allerdale-cdrp';
const COPELAND = 'north_west-copeland-cdrp';
const GROUNDS = { rationale: 'Agreed at the regional board', evidence: [] };

async function record(store: EventStore, partnershipId: string, ...events: PartnershipEvent[]): Promise<void> {
  await store.appendToStream(
    partnershipStreamId(partnershipId),
    events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion,
      tenantId: partnershipId,
      occurredAt: '2009-06-01T09:00:00.000Z',
      actor: 'nora.northwest',
      reason: null,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      data: event.data,
      metadata: {},
    })),
    { expectedRevision: 'any' },
  );
}

const registered = (partnershipId: string, name: string): PartnershipEvent => ({
  type: 'PartnershipRegistered',
  schemaVersion: 1,
  data: { partnershipId, name, type: 'CDRP', region: 'NORTH_WEST', county: 'Cumbria' },
});

describe.each(testDrivers())('the partnerships directory (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;
  const catchUp = () => new ProjectionRunner({ store, db, projections: [partnershipsProjection] }).catchUp();

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db, { pollIntervalMs: 20 });
  }, 60_000);

  afterEach(async () => {
    await store.close();
    await database.dispose();
  });

  it('adds the decision columns to a directory made before them, keeping its rows', async () => {
    await db.exec(`
      CREATE TABLE rm_partnerships (
        partnership_id text PRIMARY KEY,
        tenant_id      text NOT NULL,
        name           text COLLATE "C" NOT NULL,
        type           text NOT NULL,
        region         text NOT NULL,
        county         text,
        registered_at  timestamptz NOT NULL
      );
      INSERT INTO rm_partnerships VALUES
        ('${ALLERDALE}', '${ALLERDALE}', 'Allerdale CDRP', 'CDRP', 'NORTH_WEST', 'Cumbria', '2009-04-01T08:00:00Z');
    `);
    await catchUp();
    expect(await findPartnership(db, ALLERDALE)).toEqual({
      partnershipId: ALLERDALE,
      name: 'Allerdale CDRP',
      type: 'CDRP',
      region: 'NORTH_WEST',
      county: 'Cumbria',
      registeredAt: '2009-04-01T08:00:00.000Z',
      priority: false,
      escalated: false,
      successorId: null,
      predecessorIds: [],
    });
  }, 60_000);

  it('follows priority status, escalation and mergers, in both directions of a merger', async () => {
    await record(store, COPELAND, registered(COPELAND, 'Copeland CDRP'));
    await record(
      store,
      ALLERDALE,
      registered(ALLERDALE, 'Allerdale CDRP'),
      { type: 'PriorityDesignated', schemaVersion: 1, data: { partnershipId: ALLERDALE, ...GROUNDS } },
      { type: 'Escalated', schemaVersion: 1, data: { partnershipId: ALLERDALE, concern: 'No board', ...GROUNDS } },
    );
    await catchUp();
    expect(await findPartnership(db, ALLERDALE)).toMatchObject({ priority: true, escalated: true, successorId: null });

    await record(
      store,
      ALLERDALE,
      { type: 'PriorityLifted', schemaVersion: 1, data: { partnershipId: ALLERDALE, ...GROUNDS } },
      {
        type: 'EscalationResolved',
        schemaVersion: 1,
        data: { partnershipId: ALLERDALE, resolution: 'A new chair', ...GROUNDS },
      },
      {
        type: 'PartnershipMerged',
        schemaVersion: 1,
        data: { partnershipId: ALLERDALE, successorId: COPELAND, ...GROUNDS },
      },
    );
    await catchUp();
    const page = await listPartnerships(db, { region: 'NORTH_WEST' }, { first: 10 });
    expect(
      page.rows.map(({ partnershipId, priority, escalated, successorId, predecessorIds }) => ({
        partnershipId,
        priority,
        escalated,
        successorId,
        predecessorIds,
      })),
    ).toEqual([
      { partnershipId: ALLERDALE, priority: false, escalated: false, successorId: COPELAND, predecessorIds: [] },
      { partnershipId: COPELAND, priority: false, escalated: false, successorId: null, predecessorIds: [ALLERDALE] },
    ]);
  }, 60_000);
});
