/**
 * The SQL adapter as a contract-suite subject, on PGlite or on a throwaway PostgreSQL database,
 * with the capabilities only SQL offers: altering a stored row behind the store's back, and a
 * second connection that holds a write open while later writers commit.
 */
import { Client } from 'pg';
import { createTestDatabase, type SqlDatabase, type TestDriver } from '@nsf/sql';
import type { ContractCapabilities, ContractSubject, DelayedAppend } from '../../contract';
import type { EventToAppend } from '../../envelope';
import { appendStatement } from '../append-statement';
import { createSqlEventStore, migrateEventStore } from '../sql-event-store';

export function sqlContractCapabilities(driver: TestDriver): ContractCapabilities {
  // PGlite has one connection: no transaction can stay open while another commits.
  return { tamper: true, delayedAppend: driver === 'postgres', uniqueIdsAcrossStreams: true };
}

export async function createSqlContractSubject(driver: TestDriver): Promise<ContractSubject> {
  const database = await createTestDatabase(driver);
  try {
    await migrateEventStore(database.db);
  } catch (error) {
    await database.dispose();
    throw error;
  }
  const store = createSqlEventStore(database.db, { pollIntervalMs: 50 });
  const url = database.url;
  return {
    store,
    async dispose() {
      await store.close();
      await database.dispose();
    },
    tamperWith: (eventId, data) => tamperWith(database.db, eventId, data),
    beginDelayedAppend: url ? () => beginDelayedAppend(url) : undefined,
  };
}

/** What an owner of the database could do: switch the append-only guard off and rewrite a row. */
async function tamperWith(db: SqlDatabase, eventId: string, data: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE nsf_events DISABLE TRIGGER nsf_events_append_only');
    await tx.query('UPDATE nsf_events SET data = $2::jsonb WHERE event_id = $1', [eventId, JSON.stringify(data)]);
    await tx.query('ALTER TABLE nsf_events ENABLE TRIGGER nsf_events_append_only');
  });
}

async function beginDelayedAppend(url: string): Promise<DelayedAppend> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT pg_current_xact_id()');
  let open = true;
  const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return;
    open = false;
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    async append(streamId: string, events: readonly EventToAppend[]) {
      const { text, values } = appendStatement(streamId, events).statement('no_stream');
      await client.query(text, values);
    },
    commit: () => finish('COMMIT'),
    rollback: () => finish('ROLLBACK'),
  };
}
