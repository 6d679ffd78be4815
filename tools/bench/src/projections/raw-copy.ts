/**
 * The baselines a rebuild is compared with, over the very same rows in the same run.
 *
 * - rawCopy reads the log exactly as a rebuild does (readAll, gap-safe, in pages of the same
 *   size) and writes one minimal row per event, a page per transaction in one multi-row INSERT:
 *   what copying the log costs when nothing is derived from the events. The target's baseline.
 * - sqlCopy is INSERT … SELECT of the same rows inside the server: a ceiling no read model that
 *   reads its events into the application can reach, reported for scale only.
 */
import type { EventStore, LogCheckpoint } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';

const TABLE = 'bench_copied_events';

export async function createCopyTable(db: SqlDatabase): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${TABLE};
    CREATE TABLE ${TABLE} (global_position bigint PRIMARY KEY, event_id text NOT NULL, type text NOT NULL)`);
}

/** Copies the whole log through readAll; returns the events copied. */
export async function rawCopy(store: EventStore, db: SqlDatabase, pageSize: number): Promise<number> {
  await db.exec(`TRUNCATE ${TABLE}`);
  let copied = 0;
  let after: LogCheckpoint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.events.length === 0) return copied;
    const values: unknown[] = [];
    const tuples = page.events.map((event, i) => {
      values.push(String(event.globalPosition), event.id, event.type);
      return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`;
    });
    await db.transaction((tx) =>
      tx.query(`INSERT INTO ${TABLE} (global_position, event_id, type) VALUES ${tuples.join(', ')}`, values),
    );
    copied += page.events.length;
    after = page.checkpoint;
  }
}

/** Copies the same rows in one statement inside the server; returns the rows copied. */
export async function sqlCopy(db: SqlDatabase): Promise<number> {
  await db.exec(`TRUNCATE ${TABLE}`);
  const { rowCount } = await db.query(
    `INSERT INTO ${TABLE} (global_position, event_id, type) SELECT global_position, event_id, event_type FROM nsf_events`,
  );
  return rowCount;
}
