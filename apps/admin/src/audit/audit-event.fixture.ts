// An audit event as the API sends it, for the unit specs: Allerdale's first score of 2009-10.
import type { AuditEvent } from './audit-trail.query';

export function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '3b5692af-669c-5b73-80b3-38786c86f563',
    type: 'CriterionScored',
    schemaVersion: 1,
    streamId: 'assessment-north_west-allerdale-cdrp-2009-10',
    revision: 1,
    globalPosition: '1785:2721',
    tenantId: 'north_west-allerdale-cdrp',
    occurredAt: '2009-05-18T11:43:06.048Z',
    recordedAt: '2026-11-26T13:54:42.384Z',
    actor: 'maya.member',
    actorRole: 'PARTNERSHIP_MEMBER',
    reason: null,
    commandId: 'e3121d1e-6884-5876-8e1e-70d2357b3aae',
    correlationId: 'e3121d1e-6884-5876-8e1e-70d2357b3aae',
    causationId: null,
    data: { score: 3, criterionId: 'leadership.1', assessmentId: 'north_west-allerdale-cdrp-2009-10' },
    metadata: { actorRole: 'PARTNERSHIP_MEMBER' },
    previousHash: 'd6180f22ebc31c38d45b3476d3b3e1cdbfe3c301dcee75ac4847c2485b14ccbd',
    hash: '736a13594f158a3c66f6160844ad52e7f36dbc6ed01d6cfae84ae2c6cca46b4e',
    ...overrides,
  };
}
