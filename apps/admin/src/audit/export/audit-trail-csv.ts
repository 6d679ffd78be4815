// The audit trail as CSV, one record per event: the columns of the events table first, then the
// rest of the envelope, its data and metadata as compact JSON. Headers are the API's field names,
// the same as the JSON export's, so the two files can be checked against each other.
import type { AuditEvent } from '../audit-trail.query';
import { csvDocument, type CsvValue } from './csv';

const COLUMNS = [
  'occurredAt',
  'recordedAt',
  'type',
  'schemaVersion',
  'streamId',
  'revision',
  'actor',
  'actorRole',
  'reason',
  'id',
  'globalPosition',
  'tenantId',
  'commandId',
  'correlationId',
  'causationId',
  'previousHash',
  'hash',
  'data',
  'metadata',
] as const satisfies readonly (keyof AuditEvent)[];

export function auditTrailCsv(events: readonly AuditEvent[]): string {
  return csvDocument(
    COLUMNS,
    events.map((event) => COLUMNS.map((column) => csvValue(event[column]))),
  );
}

function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
