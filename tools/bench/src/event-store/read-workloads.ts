/**
 * Read workloads over identical data in both tables: one stream of 1,000 events read whole, and
 * the whole log read in pages — ours gap-safe by (transaction, position), raw by position — with
 * a count of distinct ids to check that every event was read exactly once.
 */
import type { EventStore, LogCheckpoint } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { compare, progress, type Comparison } from '../measure';
import { benchEvents } from './bench-events';
import { copyStoreIntoRaw, rawReadAll, rawReadStream } from './raw-baseline';

export const READ_STREAM = 'read-stream-1000';

/** Fills the log with `total` events, one stream of 1,000 among them, and copies them into raw_events. */
export async function fillLog(store: EventStore, db: SqlDatabase, total: number, writers: number): Promise<void> {
  for (let revision = 0; revision < 1000; revision += 100) {
    await store.appendToStream(READ_STREAM, benchEvents(100), {
      expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
    });
  }
  let remaining = total - 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let batch = 0; remaining > 0; batch++) {
        const size = Math.min(100, remaining);
        remaining -= size;
        await store.appendToStream(`fill-${writer}`, benchEvents(size), { expectedRevision: 'any' });
      }
    }),
  );
  await copyStoreIntoRaw(db);
  progress(`filled both tables with ${total} events`);
}

export async function readStreamWorkload(
  store: EventStore,
  db: SqlDatabase,
  rounds: number,
  repeats: number,
): Promise<Comparison> {
  return compare(
    'read_stream_1000',
    rounds,
    async () => {
      let events = 0;
      for (let i = 0; i < repeats; i++) events += (await store.readStream(READ_STREAM)).length;
      return events;
    },
    async () => {
      let events = 0;
      for (let i = 0; i < repeats; i++) events += await rawReadStream(db, READ_STREAM);
      return events;
    },
  );
}

export async function readAllWorkload(
  store: EventStore,
  db: SqlDatabase,
  rounds: number,
  total: number,
  pageSize: number,
): Promise<Comparison & { exactlyOnce: boolean }> {
  let exactlyOnce = true;
  const check = (ids: string[]) => {
    const once = ids.length === total && new Set(ids).size === total;
    exactlyOnce &&= once;
    if (!once) progress(`read_all_pages read ${ids.length} events, ${new Set(ids).size} distinct, of ${total}`);
    return ids.length;
  };
  const comparison = await compare(
    'read_all_pages',
    rounds,
    async () => {
      const ids: string[] = [];
      let after: LogCheckpoint | undefined;
      for (;;) {
        const page = await store.readAll({ after, maxCount: pageSize });
        if (page.events.length === 0) break;
        for (const event of page.events) ids.push(event.id);
        after = page.checkpoint;
      }
      return check(ids);
    },
    async () => check(await rawReadAll(db, pageSize)),
  );
  return { ...comparison, exactlyOnce };
}
