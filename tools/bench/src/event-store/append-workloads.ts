/**
 * Append workloads: W writers (each on its own connection when the driver has several, each on
 * its own stream) append batches of E events for a fixed time; ours through the event store
 * with the exact expected revision a command handler would pass, raw with a plain INSERT.
 */
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { compare, forDuration, type Comparison } from '../measure';
import { benchEvents } from './bench-events';
import { rawAppend } from './raw-baseline';

export interface AppendWorkload {
  readonly name: string;
  readonly writers: number;
  readonly eventsPerAppend: number;
}

export const APPEND_WORKLOADS: readonly AppendWorkload[] = [
  { name: 'append_1_event_1_writer', writers: 1, eventsPerAppend: 1 },
  { name: 'append_1_event_8_writers', writers: 8, eventsPerAppend: 1 },
  { name: 'append_10_events_8_writers', writers: 8, eventsPerAppend: 10 },
];

let runs = 0;

export async function runAppendWorkload(
  workload: AppendWorkload,
  store: EventStore,
  db: SqlDatabase,
  options: { seconds: number; rounds: number },
): Promise<Comparison> {
  const { writers, eventsPerAppend: size } = workload;

  const ours = () => {
    const run = ++runs;
    const next = Array<number>(writers).fill(-1);
    return forDuration(options.seconds, writers, async (writer) => {
      const expected = next[writer];
      const result = await store.appendToStream(`ours-${run}-${writer}`, benchEvents(size), {
        expectedRevision: expected < 0 ? 'no_stream' : expected,
      });
      next[writer] = result.nextExpectedRevision;
      return size;
    });
  };

  const raw = () => {
    const run = ++runs;
    const next = Array<number>(writers).fill(0);
    return forDuration(options.seconds, writers, async (writer) => {
      await rawAppend(db, `raw-${run}-${writer}`, next[writer], benchEvents(size));
      next[writer] += size;
      return size;
    });
  };

  // A short warm-up of both (connections, plans), not measured.
  await forDuration(1, writers, async (writer) => {
    await store.appendToStream(`warm-${++runs}-${writer}`, benchEvents(size), { expectedRevision: 'no_stream' });
    await rawAppend(db, `warm-${++runs}-${writer}`, 0, benchEvents(size));
    return 0;
  });
  return compare(workload.name, options.rounds, ours, raw);
}
