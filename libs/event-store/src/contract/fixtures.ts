/** Test data for the contract suite: valid events, unique stream names, and log-reading helpers. */
import { randomUUID } from 'node:crypto';
import type { EventToAppend, LogCheckpoint, RecordedEvent } from '../envelope';
import type { EventStore } from '../port';

let counter = 0;

/** A stream name no other test uses (suites share one store). */
export function uniqueStream(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

export function anEvent(overrides: Partial<EventToAppend> = {}): EventToAppend {
  counter++;
  const id = randomUUID();
  return {
    id,
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: 'partnership-0001',
    occurredAt: new Date(Date.UTC(2009, 3, 1, 9, 30, 0, counter % 1000)).toISOString(),
    actor: 'user:ann.lead',
    reason: 'annual self-assessment',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    data: { criterion: 'H1.C1', score: counter % 5, evidence: ['minutes of the strategy group'] },
    metadata: { actorRole: 'partnership-lead' },
    ...overrides,
  };
}

export function someEvents(count: number, overrides: Partial<EventToAppend> = {}): EventToAppend[] {
  return Array.from({ length: count }, () => anEvent(overrides));
}

/** Reads the global log from `after` until a page comes back empty. */
export async function readToEnd(
  store: EventStore,
  after?: LogCheckpoint,
  pageSize = 100,
): Promise<{ events: RecordedEvent[]; checkpoint: LogCheckpoint | undefined }> {
  const events: RecordedEvent[] = [];
  let checkpoint = after;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, maxCount: pageSize });
    if (page.events.length === 0) return { events, checkpoint };
    events.push(...page.events);
    if (page.checkpoint === checkpoint)
      throw new Error(`readAll returned events but did not move on from ${checkpoint}`);
    if (events.length > MAX_LOG_IN_TESTS)
      throw new Error(`readAll returned over ${MAX_LOG_IN_TESTS} events: is it repeating?`);
    checkpoint = page.checkpoint;
  }
}

/** More events than any contract test writes: a reader past this is looping. */
export const MAX_LOG_IN_TESTS = 200_000;

/** The ids that occur more than once. */
export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** What the store should give back of an event it was given. */
export function asWritten(event: EventToAppend): Partial<RecordedEvent> {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    tenantId: event.tenantId,
    occurredAt: event.occurredAt,
    actor: event.actor,
    reason: event.reason,
    commandId: event.commandId,
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
    metadata: event.metadata,
  };
}
