/** The audit read model's columns: an index over the log, none of the envelope (ADR 7's upgrade to it included). */
export const AUDIT_INDEX_COLUMNS = [
  'log_order',
  'tenant_id',
  'stream_id',
  'revision',
  'event_id',
  'type',
  'occurred_at',
];
