/**
 * The one statement an append sends: nsf_append_event (typed parameters) for a single event,
 * nsf_append_events (a JSON array) for a batch. Both return the stored batch in the same shape.
 */
import type { EventToAppend } from '../envelope';
import { prepareAppend } from '../prepare-append';

/** What both append functions return: the first revision, and positions and hashes in batch order. */
export interface StoredBatch {
  revision: number;
  positions: number[];
  hashes: string[];
}

export interface AppendStatement {
  /** The events' ids as stored (lower case), in order. */
  readonly ids: string[];
  /** The batch as the JSON array of hashed contents and its digests, as nsf_resolve_append takes it. */
  readonly contents: string;
  readonly digests: string;
  /** The statement and its parameters for an expectation given in its wire form. */
  statement(expected: string): { text: string; values: unknown[] };
}

export const APPEND_EVENTS_SQL = 'SELECT nsf_append_events($1, $2, $3::jsonb, $4) AS result';
const APPEND_EVENT_SQL =
  'SELECT nsf_append_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15) AS result';

/** Validates and hashes the batch (InvalidEventError if it is malformed). */
export function appendStatement(streamId: string, events: readonly EventToAppend[]): AppendStatement {
  const prepared = prepareAppend(streamId, events);
  const contents = `[${prepared.map((event) => event.content).join(',')}]`;
  const digests = prepared.map((event) => event.digest).join(' ');
  return {
    ids: prepared.map((event) => event.event.id),
    contents,
    digests,
    statement(expected) {
      if (prepared.length > 1) return { text: APPEND_EVENTS_SQL, values: [streamId, expected, contents, digests] };
      const [{ event, dataJson, metadataJson, digest }] = prepared;
      return {
        text: APPEND_EVENT_SQL,
        values: [
          streamId,
          expected,
          event.id,
          event.type,
          event.schemaVersion,
          event.tenantId,
          event.occurredAt,
          event.actor,
          event.reason,
          event.commandId,
          event.correlationId,
          event.causationId,
          dataJson,
          metadataJson,
          digest,
        ],
      };
    },
  };
}
