/**
 * Rebuilds one read model from the whole event log BESIDE the live one, then switches over in one
 * transaction, so readers never see an empty or half-built read model.
 *
 * Projections name their tables literally in their SQL, so the shadow copy is built in a schema
 * of its own (`nsf_rebuild_<name>`) by putting that schema first on the search path
 * (`SET LOCAL`, per transaction): the projection's own DDL and `apply` run unchanged and land
 * there. CREATE TABLE IF NOT EXISTS looks only in the schema it would create in, so a live table
 * of the same name — of whatever shape, e.g. an earlier definition's — does not stop the shadow
 * one from being made. The switch then holds the projection's advisory lock (live runners find it
 * busy and pause), applies the last events, drops the live tables and moves the shadow ones into
 * the live schema (ALTER TABLE … SET SCHEMA carries indexes, constraints, row-level security
 * policies and grants along), sets the checkpoint to the last event applied and records the hash
 * of the definition the tables were built by (runner/projection-schema-version.ts) — all committed
 * together. A live runner that had moved further finds its checkpoint "moved" and resumes from the
 * rebuild's, onto the new tables.
 */
import type { EventStore, LogCheckpoint, RecordedEvent } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import type { Projection } from '../projection';
import { createProjectionSchema, holdProjectionLock } from '../runner/projection-checkpoints';
import { recordSchemaHash } from '../runner/projection-schema-version';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly projection: Projection;
  /** Events per transaction while replaying. Default 500. */
  readonly batchSize?: number;
  /** Told after each applied batch how many events have been replayed so far. */
  readonly onProgress?: (replayed: number) => void;
}

export interface RebuildResult {
  readonly projection: string;
  /** Events replayed from the start of the log. */
  readonly events: number;
  /** The checkpoint the rebuilt read model was switched in at. */
  readonly checkpoint: LogCheckpoint | undefined;
}

/** The schema a projection's shadow copy is built in. */
export function shadowSchemaOf(projection: Projection): string {
  const schema = `nsf_rebuild_${projection.name}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`projection name ${projection.name} cannot name a schema (lower-case letters, digits, _)`);
  }
  return schema;
}

export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { store, db, projection } = options;
  const batchSize = options.batchSize ?? 500;
  const shadow = shadowSchemaOf(projection);
  // The checkpoint and hash tables must exist for the switch. The live tables are not touched:
  // they may be of an earlier definition (the reason for this rebuild), on which today's DDL can
  // fail (an index on a column they lack), and the switch replaces them anyway.
  await createProjectionSchema(db, []);
  const live = await liveSchema(db);
  const searchPath = `SET LOCAL search_path TO ${shadow}, ${quoteIdent(live)}`;
  // A rebuild that died earlier left its shadow schema behind: start afresh.
  await db.exec(`DROP SCHEMA IF EXISTS ${shadow} CASCADE; CREATE SCHEMA ${shadow}`);
  // One script is one implicit transaction, so SET LOCAL covers the projection's DDL.
  await db.exec(`${searchPath};\n${projection.schema}`);
  await expectOnlyOwnTables(db, projection, shadow);

  const readPage = (after: LogCheckpoint | undefined) => {
    // Events are read outside the write transaction: PGlite has one connection, shared with the store.
    const reading = store.readAll({ after, maxCount: batchSize });
    // A failed read surfaces where the page is awaited, not as an unhandled rejection meanwhile.
    reading.catch(() => undefined);
    return reading;
  };
  let next = readPage(undefined);
  let replayed = 0;
  for (;;) {
    const page = await next;
    if (page.events.length < batchSize) {
      await switchOver(db, projection, { shadow, live, searchPath }, page.events, page.checkpoint);
      replayed += page.events.length;
      options.onProgress?.(replayed);
      return { projection: projection.name, events: replayed, checkpoint: page.checkpoint };
    }
    // The next page is read while this one is written: on PostgreSQL they run at once, on two
    // connections (on PGlite, whose one connection serves both, they take turns as before).
    next = readPage(page.checkpoint);
    await db.transaction(async (tx) => {
      await tx.query(searchPath);
      await projection.apply(tx, page.events);
    });
    replayed += page.events.length;
    options.onProgress?.(replayed);
  }
}

async function switchOver(
  db: SqlDatabase,
  projection: Projection,
  schemas: { shadow: string; live: string; searchPath: string },
  lastEvents: readonly RecordedEvent[],
  checkpoint: LogCheckpoint | undefined,
): Promise<void> {
  const live = quoteIdent(schemas.live);
  await db.transaction(async (tx) => {
    await holdProjectionLock(tx, projection.name);
    await tx.query(schemas.searchPath);
    if (lastEvents.length > 0) await projection.apply(tx, lastEvents);
    // All in one statement: a table's row-security policy may read another of the projection's.
    await tx.query(
      `DROP TABLE IF EXISTS ${projection.tables.map((table) => `${live}.${quoteIdent(table)}`).join(', ')}`,
    );
    for (const table of projection.tables) {
      await tx.query(`ALTER TABLE ${schemas.shadow}.${quoteIdent(table)} SET SCHEMA ${live}`);
    }
    await tx.query(`DROP SCHEMA ${schemas.shadow}`);
    if (checkpoint === undefined) {
      await tx.query(`DELETE FROM ${live}.nsf_projection_checkpoints WHERE name = $1`, [projection.name]);
    } else {
      await tx.query(
        `INSERT INTO ${live}.nsf_projection_checkpoints (name, checkpoint, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = EXCLUDED.updated_at`,
        [projection.name, checkpoint],
      );
    }
    // The tables now are the current definition's, and say so in the same commit.
    await recordSchemaHash(tx, projection, `${live}.nsf_projection_schemas`);
  });
}

/** Where the live read models are: the first schema of the connection's search path. */
async function liveSchema(db: SqlDatabase): Promise<string> {
  const { rows } = await db.query<{ schema: string | null }>('SELECT current_schema() AS schema');
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('the database has no current schema to hold the read models');
  return schema;
}

/** A table the DDL creates but `tables` does not list would be lost at the switch: refuse early. */
async function expectOnlyOwnTables(db: SqlDatabase, projection: Projection, shadow: string): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
    [shadow],
  );
  const created = rows.map((row) => row.name);
  const unlisted = created.filter((name) => !projection.tables.includes(name));
  const missing = projection.tables.filter((name) => !created.includes(name));
  if (unlisted.length > 0 || missing.length > 0) {
    await db.exec(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
    throw new Error(
      `projection ${projection.name}: its schema creates [${created.join(', ')}] but it lists [${projection.tables.join(', ')}] as its tables`,
    );
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
