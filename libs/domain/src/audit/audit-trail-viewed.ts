import type { Actor } from '../access/roles';

/**
 * What an auditor read, kept as an event of its own: who asked, for which history and which slice
 * of it. Each auditor has one stream of these, so the record of their reads is itself a hash chain.
 */
export type AuditReadKind = 'AUDIT_TRAIL' | 'VERIFY_HISTORY' | 'TIMELINE' | 'PARTNERSHIP_AS_OF';

export interface AuditTrailViewedData {
  readonly viewer: string;
  readonly viewerRole: Actor['role'];
  readonly read: AuditReadKind;
  /** Exactly one of partnershipId and streamId names the history read. */
  readonly partnershipId: string | null;
  readonly streamId: string | null;
  /** The occurredAt window asked for (ISO-8601), null where open. */
  readonly from: string | null;
  readonly to: string | null;
  /** The page asked for; null for a verification, which reads whole streams. */
  readonly first: number | null;
  readonly after: string | null;
}

export type AuditReadEvent = { type: 'AuditTrailViewed'; schemaVersion: 1; data: AuditTrailViewedData };

/** The platform's own tenant: the record of reads belongs to no partnership. */
export const AUDIT_READS_TENANT = 'platform';

export const auditReadsStreamId = (username: string): string => `audit-reads-${username}`;

export function auditTrailViewed(
  actor: Actor,
  request: Omit<AuditTrailViewedData, 'viewer' | 'viewerRole'>,
): AuditReadEvent {
  return {
    type: 'AuditTrailViewed',
    schemaVersion: 1,
    data: { viewer: actor.username, viewerRole: actor.role, ...request },
  };
}
