// The audit trail as CSV, one record per event: the columns of the events table first, then the
// rest of the envelope, its data and metadata as compact JSON. Headers are the API's field names,
// the same as the JSON export's, so the two files can be checked against each other.
import type { AuditEvent } from '../audit-trail.query';
import { toCsv, type CsvColumn, type CsvValue } from '../../csv/csv';

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

const CSV_COLUMNS: readonly CsvColumn<AuditEvent>[] = COLUMNS.map((column) => ({
  header: column,
  value: (event) => csvValue(event[column]),
}));

export function auditTrailCsv(events: readonly AuditEvent[]): string {
  return toCsv(CSV_COLUMNS, events);
}

function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
