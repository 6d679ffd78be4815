/**
 * A fingerprint of a read model's contents, to compare a rebuilt read model with the one built
 * incrementally. Each row is taken as jsonb (keys sorted, so a column added later by ALTER TABLE
 * does not change the text) and the rows are ordered by that text, a total order on content.
 */
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';

export async function readModelChecksums(db: SqlQueryable, projection: Projection): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for (const table of projection.tables) {
    const { rows } = await db.query<{ rows: string; checksum: string }>(
      `SELECT count(*)::text AS rows,
              md5(coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY to_jsonb(t)::text), '')) AS checksum
       FROM "${table.replace(/"/g, '""')}" t`,
    );
    checksums[table] = `${rows[0].rows} rows, md5 ${rows[0].checksum}`;
  }
  return checksums;
}
