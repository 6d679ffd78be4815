// The audit trail as one JSON document: who exported what and when, then every event with its
// whole envelope exactly as the API gave it, oldest first.
import type { AuditEvent } from '../audit-trail.query';

export interface AuditTrailExport {
  readonly partnershipId: string;
  readonly partnershipName: string | null;
  readonly exportedAt: string;
  readonly exportedBy: string | null;
  readonly eventCount: number;
  readonly events: readonly AuditEvent[];
}

export function auditTrailJson(details: Omit<AuditTrailExport, 'eventCount'>): string {
  const document: AuditTrailExport = {
    partnershipId: details.partnershipId,
    partnershipName: details.partnershipName,
    exportedAt: details.exportedAt,
    exportedBy: details.exportedBy,
    eventCount: details.events.length,
    events: details.events,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "audit-trail-north_west-allerdale-cdrp-20261126T140512Z.json": sortable, and safe on any disk. */
export function exportFileName(partnershipId: string, exportedAt: string, extension: 'json' | 'csv'): string {
  const id = partnershipId.replace(/[^A-Za-z0-9_-]+/g, '_');
  const stamp = exportedAt.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `audit-trail-${id}-${stamp}.${extension}`;
}
