/** Test data for the KurrentDB adapter's specs: our events, and recorded events in the client's shape. */
import { randomUUID } from 'node:crypto';
import type { AllStreamRecordedEvent, JSONType, Position } from '@kurrent/kurrentdb-client';
import type { EventToAppend } from '../../envelope';

export function anEvent(overrides: Partial<EventToAppend> = {}): EventToAppend {
  return {
    id: randomUUID(),
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: 'partnership:cdrp-ashford',
    occurredAt: '2008-04-01T09:30:00.000Z',
    actor: 'user:alice',
    reason: 'self-assessment',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    data: { hallmark: 1, criterion: '1.2', score: 3, evidence: ['minutes 2008-03'] },
    metadata: { source: 'unit-test' },
    ...overrides,
  };
}

/** A JSON event as the client yields it from a read of $all. */
export function aClientRecordedEvent(fields: {
  streamId?: string;
  id?: string;
  type?: string;
  revision?: bigint;
  data?: unknown;
  metadata?: unknown;
  isJson?: boolean;
  position?: Position;
  created?: Date;
}): AllStreamRecordedEvent {
  return {
    streamId: fields.streamId ?? 'assessment-1',
    id: fields.id ?? randomUUID(),
    type: fields.type ?? 'CriterionScored',
    revision: fields.revision ?? 0n,
    created: fields.created ?? new Date('2008-04-01T09:30:01.234Z'),
    data: ('data' in fields ? fields.data : {}) as JSONType,
    metadata: fields.metadata as JSONType | undefined,
    isJson: fields.isJson ?? true,
    position: fields.position ?? { commit: 1234n, prepare: 1234n },
  } as AllStreamRecordedEvent;
}
