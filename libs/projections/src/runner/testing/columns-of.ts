import type { SqlQueryable } from '@nsf/sql';

/** A table's columns in the current schema, in their order. */
export async function columnsOf(db: SqlQueryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.name);
}
