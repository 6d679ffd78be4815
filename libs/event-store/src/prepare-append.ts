/**
 * Checks a batch before any adapter writes it, and turns each event into the exact content its
 * hash covers. Every adapter uses this, so they accept and reject the same inputs and hash the
 * same bytes: the canonical JSON made here is both the digest input and (for SQL) the payload
 * sent to the database, so an event is serialised once.
 */
import type { EventToAppend } from './envelope';
import { InvalidEventError } from './errors';
import { canonicalJson, sha256Hex } from './hash-chain';

export interface PreparedEvent {
  /** The event as it will be stored: id in lower case, absent optional fields as null. */
  readonly event: EventToAppend;
  /** canonicalJson of the hashed content (see contentDigest): what a reader gets back. */
  readonly content: string;
  readonly digest: string;
  /** canonicalJson of the data and of the metadata, as embedded in `content`. */
  readonly dataJson: string;
  readonly metadataJson: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const INT4_MAX = 2_147_483_647;
/** PostgreSQL btree entries are limited to about 2,700 bytes; the stream id is indexed. */
const MAX_STREAM_ID_BYTES = 1024;
/**
 * PostgreSQL text and jsonb cannot hold NUL or an unpaired UTF-16 surrogate, which JSON.stringify
 * writes as \u escapes: one preceded by an even number of backslashes is a real escape.
 */
const UNSTORABLE_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

export function prepareAppend(streamId: string, events: readonly EventToAppend[]): PreparedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0)
    throw new InvalidEventError('stream id must be a non-empty string');
  if (Buffer.byteLength(streamId, 'utf8') > MAX_STREAM_ID_BYTES) {
    throw new InvalidEventError(`stream id is longer than ${MAX_STREAM_ID_BYTES} bytes`);
  }
  if (!isList(events) || events.length === 0) throw new InvalidEventError(`stream ${streamId}: nothing to append`);
  const seen = new Set<string>();
  return events.map((given, index) => {
    const event = normalise(streamId, given, index);
    if (seen.has(event.id))
      throw new InvalidEventError(`stream ${streamId}: event id ${event.id} appears twice in one append`);
    seen.add(event.id);
    const dataJson = canonicalPart(streamId, event.data, index);
    const metadataJson = canonicalPart(streamId, event.metadata, index);
    const content = contentJson(streamId, event, dataJson, metadataJson);
    if (content.includes('\\u') && UNSTORABLE_ESCAPE.test(content)) {
      throw new InvalidEventError(`stream ${streamId}, event ${index}: text contains NUL or an unpaired surrogate`);
    }
    return { event, content, digest: sha256Hex(content), dataJson, metadataJson };
  });
}

function normalise(streamId: string, event: EventToAppend, index: number): EventToAppend {
  const where = `stream ${streamId}, event ${index}`;
  if (typeof event !== 'object' || event === null) throw new InvalidEventError(`${where}: not an event`);
  if (typeof event.id !== 'string' || !UUID.test(event.id)) throw new InvalidEventError(`${where}: id must be a UUID`);
  requireText(event.type, `${where}: type`);
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 0 || event.schemaVersion > INT4_MAX) {
    throw new InvalidEventError(`${where}: schemaVersion must be a non-negative 32-bit integer`);
  }
  requireText(event.tenantId, `${where}: tenantId`);
  requireInstant(event.occurredAt, `${where}: occurredAt`);
  requireText(event.actor, `${where}: actor`);
  requireText(event.commandId, `${where}: commandId`);
  requireText(event.correlationId, `${where}: correlationId`);
  const reason = optionalText(event.reason, `${where}: reason`);
  const causationId = optionalText(event.causationId, `${where}: causationId`);
  if (event.data === undefined) throw new InvalidEventError(`${where}: data is missing`);
  const metadata = event.metadata ?? {};
  if (typeof metadata !== 'object' || Array.isArray(metadata)) {
    throw new InvalidEventError(`${where}: metadata must be an object`);
  }
  return { ...event, id: event.id.toLowerCase(), reason, causationId, metadata };
}

/**
 * canonicalJson(hashedContent(streamId, event)), assembled from its parts: the envelope's keys in
 * their sorted order around the already canonical data and metadata, so nothing is serialised
 * twice. prepare-append.unit.spec.ts proves it equal to the general form.
 */
function contentJson(streamId: string, event: EventToAppend, dataJson: string, metadataJson: string): string {
  const text = JSON.stringify;
  return (
    `{"actor":${text(event.actor)},"causationId":${text(event.causationId)},"commandId":${text(event.commandId)},` +
    `"correlationId":${text(event.correlationId)},"data":${dataJson},"id":${text(event.id)},"metadata":${metadataJson},` +
    `"occurredAt":${text(event.occurredAt)},"reason":${text(event.reason)},"schemaVersion":${event.schemaVersion},` +
    `"streamId":${text(streamId)},"tenantId":${text(event.tenantId)},"type":${text(event.type)}}`
  );
}

function canonicalPart(streamId: string, value: unknown, index: number): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    throw new InvalidEventError(
      `stream ${streamId}, event ${index}: not JSON-serialisable (${(error as Error).message})`,
    );
  }
}

/** Array.isArray without narrowing a readonly array to any[]. */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function requireText(value: unknown, what: string): void {
  if (typeof value !== 'string' || value.length === 0)
    throw new InvalidEventError(`${what} must be a non-empty string`);
}

function optionalText(value: unknown, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidEventError(`${what} must be a string or null`);
  return value;
}

/** Exactly `YYYY-MM-DDTHH:mm:ss.sssZ` and a real instant, so it reads back byte for byte. */
function requireInstant(value: unknown, what: string): void {
  if (typeof value !== 'string' || !ISO_UTC_MILLIS.test(value) || value.startsWith('0000')) {
    throw new InvalidEventError(`${what} must be ISO-8601 UTC with milliseconds, e.g. 2009-04-01T09:30:00.000Z`);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString() !== value) {
    throw new InvalidEventError(`${what} is not a real instant: ${value}`);
  }
}
