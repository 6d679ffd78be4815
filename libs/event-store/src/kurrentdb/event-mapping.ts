/**
 * How one of our events is stored as a KurrentDB event, and read back.
 *
 * - the KurrentDB event id is our event id (the server's own idempotency works on it);
 * - the event type is our type; the JSON data is our data;
 * - the JSON metadata carries the rest of the envelope and the hash-chain link, plus
 *   `$correlationId` / `$causationId`, the names KurrentDB's projections and tools understand.
 *
 * An event without our envelope (written by another application sharing the database) is
 * "foreign": the global log skips it, and a stream of ours containing one is an error.
 */
import { jsonEvent } from '@kurrent/kurrentdb-client';
import type { EventData, JSONType, Position, RecordedEvent as ClientRecordedEvent } from '@kurrent/kurrentdb-client';
import type { EventToAppend, RecordedEvent } from '../envelope';
import { encodeCheckpoint, globalPositionOf, isRealPosition } from './checkpoint';
import { bigIntToRevision } from './revision-mapping';

/** Marks metadata written by this adapter; bump it if the metadata layout ever changes. */
export const ENVELOPE_VERSION = 1;

export interface EnvelopeMetadata {
  readonly nsfEnvelope: typeof ENVELOPE_VERSION;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly schemaVersion: number;
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The revision the chain link was computed for; the server's revision must equal it. */
  readonly revision: number;
  readonly previousHash: string | null;
  readonly hash: string;
  /**
   * Where the event sat in the append that wrote it: a retry is recognised only as the same whole
   * append, so a replay of part of one is an id conflict, as in the other adapters.
   */
  readonly appendIndex: number;
  readonly appendSize: number;
  readonly $correlationId: string;
  /** Omitted for events nothing caused (KurrentDB has no null convention for it). */
  readonly $causationId?: string;
}

/** An event ready to be written: the caller's (normalised) event with its place in the chain and the append. */
export interface ChainedEvent {
  readonly event: EventToAppend;
  readonly revision: number;
  readonly previousHash: string | null;
  readonly hash: string;
  readonly appendIndex: number;
  readonly appendSize: number;
}

/** A stored event of ours, with where it sat in the append that wrote it (for retry detection). */
export interface StoredEvent {
  readonly event: RecordedEvent;
  readonly appendIndex: number;
  readonly appendSize: number;
}

export function toEventData(chained: ChainedEvent): EventData {
  const { event } = chained;
  const metadata: EnvelopeMetadata = {
    nsfEnvelope: ENVELOPE_VERSION,
    tenantId: event.tenantId,
    occurredAt: event.occurredAt,
    actor: event.actor,
    reason: event.reason,
    commandId: event.commandId,
    correlationId: event.correlationId,
    causationId: event.causationId,
    schemaVersion: event.schemaVersion,
    metadata: event.metadata,
    revision: chained.revision,
    previousHash: chained.previousHash,
    hash: chained.hash,
    appendIndex: chained.appendIndex,
    appendSize: chained.appendSize,
    $correlationId: event.correlationId,
    ...(event.causationId === null ? {} : { $causationId: event.causationId }),
  };
  return jsonEvent({
    id: event.id,
    type: event.type,
    // The client's JSONType excludes numbers, booleans and null, which are valid JSON all the same.
    data: event.data as JSONType,
    metadata: metadata as unknown as JSONType,
  });
}

/** System events: KurrentDB's own bookkeeping ($metadata, $statistics, projection links `$>`, …). */
export function isSystemEvent(event: Pick<ClientRecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function isOurEvent(event: ClientRecordedEvent): boolean {
  return event.isJson && isEnvelopeMetadata(event.metadata);
}

/**
 * Our RecordedEvent from the client's. `position` overrides the event's own (subscriptions and
 * $all reads always have one; stream reads only on servers from 22.6).
 * @throws TypeError for a foreign event or a missing log position.
 */
export function fromClientEvent(
  event: ClientRecordedEvent,
  position: Position | undefined = event.position,
): RecordedEvent {
  if (!event.isJson || !isEnvelopeMetadata(event.metadata)) {
    throw new TypeError(`event ${event.id} in stream ${event.streamId} was not written by the NSF event store`);
  }
  if (!isRealPosition(position)) {
    throw new TypeError(
      `event ${event.id} in stream ${event.streamId} has no log position (KurrentDB/EventStoreDB 22.6 or later is required)`,
    );
  }
  const envelope = event.metadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: envelope.schemaVersion,
    tenantId: envelope.tenantId,
    occurredAt: envelope.occurredAt,
    actor: envelope.actor,
    reason: envelope.reason,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId,
    data: event.data,
    metadata: envelope.metadata,
    streamId: event.streamId,
    // The server's revision is the truth; the envelope's is what the hash was computed for, and
    // an auditor's verify reports any disagreement as a broken chain.
    revision: bigIntToRevision(event.revision),
    globalPosition: globalPositionOf(position),
    checkpoint: encodeCheckpoint(position),
    recordedAt: event.created.toISOString(),
    previousHash: envelope.previousHash,
    hash: envelope.hash,
  };
}

/** fromClientEvent, keeping the append placement the planner needs. */
export function toStoredEvent(event: ClientRecordedEvent): StoredEvent {
  const recorded = fromClientEvent(event);
  const envelope = event.metadata as unknown as EnvelopeMetadata; // checked by fromClientEvent
  return { event: recorded, appendIndex: envelope.appendIndex, appendSize: envelope.appendSize };
}

export function isEnvelopeMetadata(value: unknown): value is EnvelopeMetadata {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return false;
  const m = value as Record<string, unknown>;
  return (
    m['nsfEnvelope'] === ENVELOPE_VERSION &&
    isString(m['tenantId']) &&
    isString(m['occurredAt']) &&
    isString(m['actor']) &&
    isStringOrNull(m['reason']) &&
    isString(m['commandId']) &&
    isString(m['correlationId']) &&
    isStringOrNull(m['causationId']) &&
    Number.isInteger(m['schemaVersion']) &&
    typeof m['metadata'] === 'object' &&
    m['metadata'] !== null &&
    !Array.isArray(m['metadata']) &&
    Number.isInteger(m['revision']) &&
    isStringOrNull(m['previousHash']) &&
    isString(m['hash']) &&
    Number.isInteger(m['appendIndex']) &&
    Number.isInteger(m['appendSize'])
  );
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}
