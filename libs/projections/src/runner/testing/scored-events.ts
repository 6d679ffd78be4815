import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@nsf/event-store';

/** `count` criterion scores of one partnership, numbered from `first`: a log for the runner to follow. */
export function scoredEvents(count: number, first = 0): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: 'partnership-0001',
    occurredAt: '2009-04-01T09:30:00.000Z',
    actor: 'user:ann',
    reason: null,
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    data: { score: (first + index) % 5 },
    metadata: {},
  }));
}
