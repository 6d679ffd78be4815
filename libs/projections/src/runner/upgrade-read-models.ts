/**
 * Brings the read models' tables to the current definitions before a runner follows the log. A
 * read model's DDL is idempotent (CREATE TABLE IF NOT EXISTS), so on a database built by an
 * earlier version it would leave the earlier tables in place and the next batch would fail on them
 * for ever. Each read model's definition is hashed (projection-schema-version.ts) and the hash
 * stored beside its checkpoint; a read model whose stored hash is not the current one is rebuilt
 * from the whole log beside the live one (rebuildProjection), which records the new hash in its
 * switch transaction. An upgrade therefore needs no manual step.
 *
 * A read model without a stored hash and without a checkpoint has applied no event. Without
 * tables (a fresh database, or a read model added by this version) it is new: its tables are
 * created and its hash recorded, nothing is replayed. With empty tables an earlier version made
 * them, and it is rebuilt (for nothing); tables holding rows no event put there are kept. A read
 * model without a stored hash but with a checkpoint
 * was built by an earlier version, and is rebuilt.
 *
 * Today's DDL runs on the live tables only once they are known to be today's: an earlier table may
 * lack a column that today's index or policy names. All of it happens while no other runner on the
 * database does the same (whileUpgradingReadModels): two rebuilds of one read model would drop
 * each other's shadow schema.
 */
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import type { Projection } from '../projection';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { createProjectionSchema, whileUpgradingReadModels } from './projection-checkpoints';
import { loadSchemaHashes, projectionSchemaHash, recordSchemaHash } from './projection-schema-version';

/** A read model rebuilt at start: which, why, and from how many events. */
export interface ReadModelRebuilt {
  readonly projection: string;
  readonly reason: string;
  readonly events: number;
}

export interface UpgradeReadModelsOptions {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly projections: readonly Projection[];
  readonly batchSize: number;
  readonly onRebuilt: (rebuilt: ReadModelRebuilt) => void;
}

export async function upgradeReadModels(options: UpgradeReadModelsOptions): Promise<void> {
  const { store, db, projections, batchSize } = options;
  // The checkpoint and hash tables first, without any read model's DDL.
  await createProjectionSchema(db, []);
  await whileUpgradingReadModels(db, async () => {
    const verdicts = await judge(db, projections);
    const outdated = verdicts.filter((verdict): verdict is Outdated => verdict.state === 'outdated');
    const kept = verdicts.filter((verdict) => verdict.state !== 'outdated');
    // Today's DDL on the live schema only for tables of today's shape; the outdated get theirs in
    // the rebuild's shadow schema.
    const keptProjections = kept.map((verdict) => verdict.projection);
    await createProjectionSchema(db, keptProjections);
    for (const verdict of kept) if (verdict.state === 'new') await recordSchemaHash(db, verdict.projection);
    for (const { projection, reason } of outdated) {
      // The rebuild records the new hash in its switch transaction.
      const result = await rebuildProjection({ store, db, projection, batchSize });
      options.onRebuilt({ projection: projection.name, reason, events: result.events });
    }
  });
}

interface Outdated {
  readonly projection: Projection;
  readonly state: 'outdated';
  /** Why it is rebuilt. */
  readonly reason: string;
}

type Verdict = { readonly projection: Projection; readonly state: 'current' | 'new' } | Outdated;

async function judge(db: SqlDatabase, projections: readonly Projection[]): Promise<Verdict[]> {
  const hashes = await loadSchemaHashes(db);
  const { rows: checkpoints } = await db.query<{ name: string }>('SELECT name FROM nsf_projection_checkpoints');
  const started = new Set(checkpoints.map((row) => row.name));
  // The live schema is the first of the search path, as the rebuild's switch takes it to be.
  const { rows: tables } = await db.query<{ name: string }>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
  );
  const existing = new Set(tables.map((row) => row.name));
  const verdicts: Verdict[] = [];
  for (const projection of projections) {
    const stored = hashes.get(projection.name);
    if (stored === projectionSchemaHash(projection)) {
      verdicts.push({ projection, state: 'current' });
    } else if (stored !== undefined) {
      verdicts.push({ projection, state: 'outdated', reason: 'its definition changed' });
    } else if (started.has(projection.name)) {
      verdicts.push({ projection, state: 'outdated', reason: UNVERSIONED });
    } else {
      // No event applied yet. Tables of an earlier version that hold nothing are rebuilt, which
      // costs nothing; rows no event put there (written by hand, say) are kept, under today's DDL
      // as before versioning (e.g. the directory's ADD COLUMN IF NOT EXISTS).
      const own = projection.tables.filter((table) => existing.has(table));
      const empty = own.length > 0 && !(await holdsRows(db, own));
      verdicts.push(empty ? { projection, state: 'outdated', reason: UNVERSIONED } : { projection, state: 'new' });
    }
  }
  return verdicts;
}

const UNVERSIONED = 'it was built before read models were versioned';

async function holdsRows(db: SqlDatabase, tables: readonly string[]): Promise<boolean> {
  const { rows } = await db.query<{ rows: boolean }>(
    `SELECT ${tables.map((table) => `EXISTS (SELECT FROM "${table.replace(/"/g, '""')}")`).join(' OR ')} AS rows`,
  );
  return rows[0].rows;
}
