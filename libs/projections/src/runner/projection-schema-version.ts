/**
 * Which definition of each read model its tables were built by. A read model's tables are made
 * by idempotent DDL (CREATE TABLE IF NOT EXISTS), so a database built by an earlier version keeps
 * the earlier tables whatever the DDL says now; the hash stored beside each read model is how a
 * runner finds out, and rebuilds it (upgrade-read-models.ts).
 */
import { createHash } from 'node:crypto';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';

/** Created with the checkpoint table (createProjectionSchema); requests cannot read it. */
export const SCHEMA_HASHES_TABLE = `
CREATE TABLE IF NOT EXISTS nsf_projection_schemas (
  name        text PRIMARY KEY,
  schema_hash text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
)`;

/** sha256 of the projection's DDL and its explicit version (1 when absent, so adding `version: 1` changes nothing). */
export function projectionSchemaHash(projection: Projection): string {
  return createHash('sha256')
    .update(`version ${projection.version ?? 1}\n${projection.schema}`)
    .digest('hex');
}

/** The stored hash of each read model that has one, by name. */
export async function loadSchemaHashes(db: SqlQueryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ name: string; schema_hash: string }>(
    'SELECT name, schema_hash FROM nsf_projection_schemas',
  );
  return new Map(rows.map((row) => [row.name, row.schema_hash]));
}

/**
 * Records that the projection's tables are built by its current definition. `table` is the hash
 * table's name, schema-qualified where the caller's search path puts another schema first.
 */
export async function recordSchemaHash(
  tx: SqlQueryable,
  projection: Projection,
  table = 'nsf_projection_schemas',
): Promise<void> {
  await tx.query(
    `INSERT INTO ${table} (name, schema_hash, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET schema_hash = EXCLUDED.schema_hash, updated_at = EXCLUDED.updated_at`,
    [projection.name, projectionSchemaHash(projection)],
  );
}
