/**
 * The events both contenders write: the same envelope and the same payload (a criterion scored
 * with evidence and a rationale, about 500 bytes of JSON), so the rows are alike byte for byte.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EventToAppend } from '@nsf/event-store';

const RATIONALE =
  'The partnership has agreed a strategic assessment with all responsible authorities, ' +
  'reviewed its delivery structures and recorded how community engagement informed priorities.';

let sequence = 0;

export function benchEvent(): EventToAppend {
  sequence++;
  const id = randomUUID();
  return {
    id,
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: `partnership-${String(sequence % 350).padStart(4, '0')}`,
    occurredAt: new Date(Date.UTC(2009, 3, 1) + sequence * 1000).toISOString(),
    actor: 'user:ann.lead',
    reason: 'annual self-assessment',
    commandId: id,
    correlationId: id,
    causationId: null,
    data: {
      assessmentId: `assessment-${sequence % 1000}`,
      hallmark: 'H3',
      criterion: 'H3.C2',
      score: sequence % 5,
      evidence: ['strategic assessment 2009', 'partnership plan', 'minutes of the responsible authorities group'],
      rationale: RATIONALE,
    },
    metadata: { actorRole: 'partnership-lead', client: 'admin' },
  };
}

export function benchEvents(count: number): EventToAppend[] {
  return Array.from({ length: count }, benchEvent);
}

/** A stand-in for a chain hash: the same size as ours, without the work of computing it. */
export function fakeHash(): string {
  return randomBytes(32).toString('hex');
}
