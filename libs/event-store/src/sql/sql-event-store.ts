/**
 * The event store on PostgreSQL — a server through `pg`, or embedded PGlite — written once
 * against SqlDatabase.
 *
 * Append: one round trip to nsf_append_events (head, revision check, hash chain, insert). When two
 * writers read the same head, the unique (stream, revision) index lets one through and the other
 * gets a unique violation, resolved here: the original rows if it was the same batch, a
 * WrongExpectedRevisionError with the actual head, or one more attempt when the expectation still
 * holds (`any`, `stream_exists`).
 *
 * readAll is gap-safe: rows are ordered by (transaction_id, global_position) and only those of
 * transactions older than the oldest one still running are returned, so a transaction that took
 * its id early and commits late is read after, never skipped, and never read twice.
 */
import type { SqlDatabase } from '@nsf/sql';
import type { EventToAppend, LogCheckpoint, RecordedEvent } from '../envelope';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '../errors';
import { expectedRevisionSatisfied, expectedRevisionToText, type ActualRevision } from '../expected-revision';
import type {
  AppendOptions,
  AppendResult,
  AppendedEvent,
  EventStore,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../port';
import { AppendSignal } from '../subscription/append-signal';
import { CatchUpSubscription } from '../subscription/catch-up-subscription';
import { appendStatement, type StoredBatch } from './append-statement';
import { eventStoreMigrations } from './event-store-schema';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';
import { applyMigrations } from './migrations';
import { compareSqlCheckpoints, decodeSqlCheckpoint, encodeSqlCheckpoint, LOG_START } from './sql-checkpoint';
import {
  asUnavailable,
  databaseError,
  EVENT_ID_CONFLICT,
  isInvalidValue,
  isRetryable,
  sqlState,
  WRONG_EXPECTED_REVISION,
} from './sql-errors';
import { SubscriptionRegistry } from '../subscription/subscription-registry';

export interface SqlEventStoreOptions {
  /** How often a subscription looks for writes made by other processes. Default 250 ms. */
  readonly pollIntervalMs?: number;
  /** Page size of readAll when the caller names none. Default 1,000; capped at 10,000. */
  readonly defaultPageSize?: number;
}

/** Creates the event store's tables and functions, or brings them up to date. Safe to run on every start. */
export async function migrateEventStore(db: SqlDatabase): Promise<void> {
  await applyMigrations(db, 'event-store', eventStoreMigrations);
}

/** The store over an already migrated database (see migrateEventStore). It does not own `db`. */
export function createSqlEventStore(db: SqlDatabase, options: SqlEventStoreOptions = {}): EventStore {
  return new SqlEventStore(db, options);
}

/**
 * One page of the global log after ($1 transaction, $2 position), at most $3 events: an index
 * range scan on nsf_events_commit_order, stopping below the oldest transaction still running.
 */
export const READ_ALL_SQL = `SELECT ${EVENT_COLUMNS} FROM nsf_events e
  WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
    AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY e.transaction_id, e.global_position
  LIMIT $3`;

const MAX_PAGE = 10_000;
/** Each failed attempt means another writer committed; this only bounds a pathological loop. */
const MAX_ATTEMPTS = 100;
const NO_LIMIT = null;
const LAST_REVISION = '9223372036854775807';

class SqlEventStore implements EventStore {
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new SubscriptionRegistry();
  private readonly pollIntervalMs: number;
  private readonly defaultPageSize: number;

  constructor(
    private readonly db: SqlDatabase,
    options: SqlEventStoreOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.defaultPageSize = Math.min(options.defaultPageSize ?? 1000, MAX_PAGE);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const expected = options.expectedRevision;
    let expectedText: string;
    try {
      expectedText = expectedRevisionToText(expected);
    } catch (error) {
      throw new InvalidEventError((error as Error).message);
    }
    const append = appendStatement(streamId, events);
    const { text, values } = append.statement(expectedText);

    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.db.query<{ result: StoredBatch }>(text, values);
        this.appended.notify();
        return appendResult(streamId, append.ids, rows[0].result);
      } catch (error) {
        const code = sqlState(error);
        if (code === WRONG_EXPECTED_REVISION) {
          throw new WrongExpectedRevisionError(streamId, expected, actualRevision(databaseError(error)?.detail));
        }
        if (code === EVENT_ID_CONFLICT) throw idConflict(streamId, error);
        if (isInvalidValue(error)) throw new InvalidEventError(`stream ${streamId}: ${(error as Error).message}`);
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw asUnavailable(error);
      }
      // Someone else committed first. Was it this very batch (a concurrent retry)? Else where is the head?
      const resolution = await this.resolveConflict(streamId, append.contents, append.digests);
      if ('appended' in resolution) return appendResult(streamId, append.ids, resolution.appended);
      const actual: ActualRevision = resolution.head === null ? 'no_stream' : Number(resolution.head);
      if (!expectedRevisionSatisfied(expected, actual))
        throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? LAST_REVISION : 0);
    requireCount(options.fromRevision, 'fromRevision');
    requireCount(options.maxCount, 'maxCount');
    if (options.maxCount === 0) return [];
    const sql = backwards
      ? `SELECT ${EVENT_COLUMNS} FROM nsf_events e WHERE e.stream_id = $1 AND e.revision <= $2 ORDER BY e.revision DESC LIMIT $3`
      : `SELECT ${EVENT_COLUMNS} FROM nsf_events e WHERE e.stream_id = $1 AND e.revision >= $2 ORDER BY e.revision LIMIT $3`;
    const rows = await this.run(() =>
      this.db.query<EventRow>(sql, [streamId, String(from), options.maxCount ?? NO_LIMIT]),
    );
    return rows.rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map(streamIds.map((streamId): [string, RecordedEvent[]] => [streamId, []]));
    if (streams.size === 0) return streams;
    const { rows } = await this.run(() =>
      this.db.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM nsf_events e WHERE e.stream_id = ANY($1::text[]) ORDER BY e.stream_id, e.revision`,
        [[...streams.keys()]],
      ),
    );
    for (const row of rows) streams.get(row.stream_id)?.push(toRecordedEvent(row));
    return streams;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    requireCount(options.maxCount, 'maxCount');
    const after = options.after === undefined ? LOG_START : decodeSqlCheckpoint(options.after);
    const limit = Math.min(options.maxCount ?? this.defaultPageSize, MAX_PAGE);
    if (limit === 0) return { events: [], checkpoint: options.after };
    const { rows } = await this.run(() =>
      this.db.query<EventRow>(READ_ALL_SQL, [after.transactionId, after.globalPosition, limit]),
    );
    const events = rows.map(toRecordedEvent);
    return { events, checkpoint: events.length > 0 ? events[events.length - 1].checkpoint : options.after };
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new CatchUpSubscription(
      {
        readAll: (page) => this.readAll(page),
        headCheckpoint: () => this.headCheckpoint(),
        compareCheckpoints: compareSqlCheckpoints,
        onAppended: (listener) => this.appended.listen(listener),
      },
      { ...options, pollIntervalMs: this.pollIntervalMs },
    );
    return this.subscriptions.track(subscription);
  }

  /** Stops the subscriptions; the database belongs to the caller, who closes it. */
  async close(): Promise<void> {
    await this.subscriptions.stopAll();
  }

  /** The last event visible now, in the log's order (not yet necessarily below the gap-safe horizon). */
  private async headCheckpoint(): Promise<LogCheckpoint | undefined> {
    const { rows } = await this.run(() =>
      this.db.query<{ transaction_id: string; global_position: string }>(
        `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position
           FROM nsf_events e ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
      ),
    );
    return rows.length === 0
      ? undefined
      : encodeSqlCheckpoint({ transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position });
  }

  private async resolveConflict(
    streamId: string,
    contents: string,
    digests: string,
  ): Promise<{ appended: StoredBatch } | { head: number | string | null }> {
    try {
      const { rows } = await this.db.query<{ result: { appended: StoredBatch } | { head: number | null } }>(
        'SELECT nsf_resolve_append($1, $2::jsonb, $3) AS result',
        [streamId, contents, digests],
      );
      return rows[0].result;
    } catch (error) {
      if (sqlState(error) === EVENT_ID_CONFLICT) throw idConflict(streamId, error);
      throw asUnavailable(error);
    }
  }

  private async run<T>(query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      throw asUnavailable(error);
    }
  }
}

function appendResult(streamId: string, ids: readonly string[], batch: StoredBatch): AppendResult {
  const events: AppendedEvent[] = ids.map((id, index) => ({
    id,
    revision: Number(batch.revision) + index,
    globalPosition: Number(batch.positions[index]),
    hash: batch.hashes[index],
  }));
  return { streamId, nextExpectedRevision: events[events.length - 1].revision, events };
}

function actualRevision(detail: string | undefined): ActualRevision {
  return detail === undefined || detail === 'no_stream' ? 'no_stream' : Number(detail);
}

function idConflict(streamId: string, error: unknown): EventIdConflictError {
  const detail = databaseError(error)?.detail ?? '';
  return new EventIdConflictError(
    streamId,
    detail.split(', ').filter((id) => id.length > 0),
  );
}

function requireCount(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}
