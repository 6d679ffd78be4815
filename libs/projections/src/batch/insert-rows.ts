/**
 * Many rows into one table in one statement: how a projection writes a batch. Each column's
 * values travel as one typed array parameter and `unnest` lays them out as rows, so a statement
 * has as many parameters as the table has columns, whatever the number of rows (a VALUES list
 * would need one per cell, and PostgreSQL allows 65,535).
 */
import type { SqlQueryable } from '@nsf/sql';

/** A column of the target table and the PostgreSQL type its values are read as. */
export interface RowColumn {
  readonly name: string;
  readonly type: 'text' | 'bigint' | 'integer' | 'boolean' | 'numeric' | 'timestamptz' | 'jsonb';
}

/**
 * Inserts `rows` (values in the order of `columns`) into `table`; `onConflict` is appended as is
 * (e.g. `ON CONFLICT (id) DO UPDATE SET …`). No rows, no statement.
 */
export async function insertRows(
  tx: SqlQueryable,
  table: string,
  columns: readonly RowColumn[],
  rows: readonly (readonly unknown[])[],
  onConflict = '',
): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, index) => rows.map((row) => row[index]));
  const unnested = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  await tx.query(
    `INSERT INTO ${table} (${columns.map((column) => column.name).join(', ')})
     SELECT * FROM unnest(${unnested}) ${onConflict}`,
    arrays,
  );
}
