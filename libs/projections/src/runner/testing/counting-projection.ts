/**
 * A read model for testing the runner: counts how often each event was applied, and can be told
 * to fail ("crash") on chosen events, once each, in the middle of a batch.
 */
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlDatabase, SqlQueryable } from '@nsf/sql';
import type { Projection } from '../../projection';

export interface CountingProjection extends Projection {
  /** The next time one of these events is applied, apply throws instead. */
  crashOn(eventIds: readonly string[]): void;
}

export function countingProjection(name = 'test-counting'): CountingProjection {
  const table = `test_applied_${name.replace(/\W/g, '_')}`;
  const crashes = new Set<string>();
  return {
    name,
    tables: [table],
    schema: `CREATE TABLE IF NOT EXISTS ${table} (event_id text PRIMARY KEY, applied integer NOT NULL)`,
    crashOn(eventIds) {
      for (const id of eventIds) crashes.add(id);
    },
    async apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
      // One statement per event, so a crash lands after part of the batch was written.
      for (const event of events) {
        await tx.query(
          `INSERT INTO ${table} (event_id, applied) VALUES ($1, 1)
           ON CONFLICT (event_id) DO UPDATE SET applied = ${table}.applied + 1`,
          [event.id],
        );
        if (crashes.delete(event.id)) throw new Error(`injected crash while applying ${event.id}`);
      }
    },
  };
}

/** How many times each event was applied, by id. */
export async function applications(db: SqlDatabase, projection: Projection): Promise<Map<string, number>> {
  const { rows } = await db.query<{ event_id: string; applied: number }>(
    `SELECT event_id, applied FROM ${projection.tables[0]}`,
  );
  return new Map(rows.map((row) => [row.event_id, Number(row.applied)]));
}

export async function storedCheckpoint(db: SqlDatabase, name: string): Promise<string | null | undefined> {
  const { rows } = await db.query<{ checkpoint: string | null }>(
    'SELECT checkpoint FROM nsf_projection_checkpoints WHERE name = $1',
    [name],
  );
  return rows[0]?.checkpoint;
}
