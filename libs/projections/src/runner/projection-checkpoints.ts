/**
 * Where each projection is in the global log, and the one transaction that moves it: the read
 * model's changes and the new checkpoint commit together, so a crash neither loses nor repeats.
 *
 * Several nodes may run the same projection. Inside the batch's transaction a node takes a
 * transaction-scoped advisory lock for the projection (so only one applies at a time) and
 * re-reads the checkpoint: if another node moved it since this node read its events, the batch
 * is not applied and the node starts again from the stored checkpoint.
 */
import type { LogCheckpoint, RecordedEvent } from '@nsf/event-store';
import { Mutex, type SqlDatabase, type SqlQueryable } from '@nsf/sql';
import { unreadableRows } from '@nsf/row-security';
import type { Projection } from '../projection';
import { READ_MODEL_SECURITY_FOUNDATION } from '../row-security/read-model-row-security';
import { SCHEMA_HASHES_TABLE } from './projection-schema-version';

/** Advisory lock keys (two int4): "nsf" + 1 is the projections' class; the second key hashes the name. */
const LOCK_CLASS = 0x6e7367;
const SCHEMA_LOCK = 0;

const CHECKPOINTS_TABLE = `
CREATE TABLE IF NOT EXISTS nsf_projection_checkpoints (
  name       text PRIMARY KEY,
  checkpoint text,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** The channel on which every move of a stored checkpoint is announced when it commits. */
export const CHECKPOINT_MOVES_CHANNEL = 'nsf_checkpoint_moves';

/**
 * Announces each change of a stored checkpoint — a runner's batch, a rebuild's switch, any tool —
 * on CHECKPOINT_MOVES_CHANNEL. A trigger rather than each writer's own NOTIFY, so no writer can
 * forget it. NOTIFY is transactional: listeners hear of the move only once it is committed, that
 * is once the read model's rows that came with it can be read.
 */
const CHECKPOINT_MOVES = `
CREATE OR REPLACE FUNCTION nsf_announce_checkpoint_move() RETURNS trigger LANGUAGE plpgsql AS $announce$
BEGIN
  PERFORM pg_notify('${CHECKPOINT_MOVES_CHANNEL}', json_build_object(
    'schema', TG_TABLE_SCHEMA,
    'name', CASE WHEN TG_OP = 'DELETE' THEN OLD.name ELSE NEW.name END
  )::text);
  RETURN NULL;
END
$announce$;
CREATE OR REPLACE TRIGGER nsf_checkpoint_moved
  AFTER INSERT OR UPDATE OR DELETE ON nsf_projection_checkpoints
  FOR EACH ROW EXECUTE FUNCTION nsf_announce_checkpoint_move()`;

/**
 * Creates the checkpoint and schema-hash tables and each projection's tables, with their
 * row-level security (the request role and the directory's region lookup first). Nodes starting
 * at once take turns (concurrent CREATE … IF NOT EXISTS can collide in PostgreSQL's catalogue).
 */
export async function createProjectionSchema(db: SqlDatabase, projections: readonly Projection[]): Promise<void> {
  // One multi-statement script runs as one implicit transaction, which holds the lock to its end.
  const script = [
    `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, ${SCHEMA_LOCK})`,
    READ_MODEL_SECURITY_FOUNDATION,
    CHECKPOINTS_TABLE,
    // Where each projection stands, and what built it, is the runners' business, not a request's.
    unreadableRows('nsf_projection_checkpoints'),
    CHECKPOINT_MOVES,
    SCHEMA_HASHES_TABLE,
    unreadableRows('nsf_projection_schemas'),
    ...projections.map((projection) => projection.schema),
  ].join(';\n');
  await db.exec(script);
}

export async function loadCheckpoint(db: SqlDatabase, name: string): Promise<LogCheckpoint | undefined> {
  const { rows } = await db.query<{ checkpoint: string | null }>(
    'SELECT checkpoint FROM nsf_projection_checkpoints WHERE name = $1',
    [name],
  );
  return rows[0]?.checkpoint ?? undefined;
}

/**
 * Waits for the projection's lock inside `tx` and keeps it to the transaction's end: while held,
 * live runners find the projection busy and pause (a rebuild switching tables takes it).
 */
export async function holdProjectionLock(tx: SqlQueryable, name: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, name]);
}

/**
 * Runs `work` while no one else checks or rebuilds read models on the database (runners starting,
 * upgrade-read-models.ts; the rebuild tool): two rebuilds of one read model would drop each
 * other's shadow schema. `work` uses `db` itself. On PostgreSQL a transaction on a connection of
 * its own holds an advisory lock until `work` ends (nodes starting at once wait there, and then
 * find the work done), while `work` runs on the pool's other connections — so the pool needs more
 * than one. A session lock instead would need the very connection that took it to release it,
 * which a pool does not promise. The transaction writes nothing, so it holds back neither the
 * gap-safe log nor anyone's rows; if the process dies, its connection closes and the lock goes
 * with it. Within one process (all there is with PGlite, which one process opens) callers on the
 * same database object take turns here. Not reentrant: `work` must not call it again.
 */
export function whileUpgradingReadModels<T>(db: SqlDatabase, work: () => Promise<T>): Promise<T> {
  let turns = upgradeTurns.get(db);
  if (!turns) upgradeTurns.set(db, (turns = new Mutex()));
  if (db.driver === 'pglite') return turns.run(work);
  return turns.run(() =>
    db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [PLATFORM_LOCK_CLASS, UPGRADE_LOCK]);
      return work();
    }),
  );
}

/**
 * The platform's own lock class ("nsf"; the event store's migrations take key 1): a key of the
 * projections' class above could equal some projection's hashtext, and the rebuild inside takes
 * that projection's lock on another connection — it would wait for itself.
 */
const PLATFORM_LOCK_CLASS = 0x6e7366;
const UPGRADE_LOCK = 2;
const upgradeTurns = new WeakMap<SqlDatabase, Mutex>();

/** applied; busy: another node is applying a batch of this projection; moved: another node got further. */
export type BatchOutcome = 'applied' | 'busy' | 'moved';

/**
 * Applies `events`, read from the log after `from`, and moves the checkpoint to the last one's —
 * in one transaction, and only if the stored checkpoint is still `from`.
 */
export function applyBatch(
  db: SqlDatabase,
  projection: Projection,
  from: LogCheckpoint | undefined,
  events: readonly RecordedEvent[],
): Promise<BatchOutcome> {
  const to = events[events.length - 1].checkpoint;
  return db.transaction(async (tx) => {
    const { rows: lock } = await tx.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
      [LOCK_CLASS, projection.name],
    );
    if (!lock[0].locked) return 'busy';
    const { rows } = await tx.query<{ checkpoint: string | null }>(
      'SELECT checkpoint FROM nsf_projection_checkpoints WHERE name = $1',
      [projection.name],
    );
    if ((rows[0]?.checkpoint ?? undefined) !== from) return 'moved';
    await projection.apply(tx, events);
    await tx.query(
      `INSERT INTO nsf_projection_checkpoints (name, checkpoint, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = EXCLUDED.updated_at`,
      [projection.name, to],
    );
    return 'applied';
  });
}
