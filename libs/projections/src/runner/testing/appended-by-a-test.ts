import { randomUUID } from 'node:crypto';
import type { EventStore } from '@nsf/event-store';

/** A decided event: what a decider returns, before it has an envelope. */
export interface DecidedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Appends decided events to a stream as a test's command would: fresh event and command ids, a
 * test actor, no reason and no cause, at the business time given. Histories built for the read
 * models' specs go through here, so they all carry the same envelope.
 */
export async function appendAsTest(
  store: Pick<EventStore, 'appendToStream'>,
  streamId: string,
  tenantId: string,
  occurredAt: string,
  events: readonly DecidedEvent[],
): Promise<void> {
  await store.appendToStream(
    streamId,
    events.map((event) => ({
      ...event,
      id: randomUUID(),
      tenantId,
      occurredAt,
      actor: 'user:test',
      reason: null,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      metadata: {},
    })),
    { expectedRevision: 'any' },
  );
}
