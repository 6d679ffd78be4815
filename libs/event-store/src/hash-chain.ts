import { createHash } from 'node:crypto';
import type { EventToAppend } from './envelope';

/**
 * The tamper-evident hash chain of a stream.
 *
 *   contentDigest = sha256( canonicalJson(content) )       content: the envelope + data, see below
 *   hash(r)       = sha256( previousHash + "\n" + r + "\n" + contentDigest )   previousHash "" at r = 0
 *
 * The digest covers everything a writer supplies (id, type, schema version, stream, tenant,
 * business time, actor, reason, command/correlation/causation ids, data and metadata). The
 * revision and the previous hash are bound in at append time, under the revision guard, so the
 * SQL adapter can compute the chain link in the same statement that checks the revision.
 * An auditor recomputes both from stored events with `verifyChain`.
 */

/**
 * JSON with object keys sorted at every level (by UTF-16 code units) and no white space: one text
 * per value. It agrees with JSON.stringify on everything JSON can carry — `toJSON` is honoured
 * (dates), undefined/functions/symbols are dropped from objects and become null in arrays,
 * non-finite numbers become null — so the digest of what a writer hands in equals the digest of
 * what a store gives back after a JSON round trip.
 */
export function canonicalJson(value: unknown): string {
  const text = canonical(value);
  if (text === undefined) throw new TypeError(`cannot canonicalise ${typeof value}`);
  return text;
}

function canonical(input: unknown): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + (canonical(value[i]) ?? 'null');
    return `${text}]`;
  }
  // The default sort compares UTF-16 code units. (Not JSON.stringify with a key-sorting replacer:
  // objects list integer-like keys first whatever their insertion order.)
  let text = '{';
  for (const key of Object.keys(value).sort()) {
    const item = canonical((value as Record<string, unknown>)[key]);
    if (item !== undefined) text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${item}`;
  }
  return `${text}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What an event's digest covers: everything the writer supplies, and the stream it went to. */
export function hashedContent(streamId: string, event: EventToAppend): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId,
    tenantId: event.tenantId,
    occurredAt: event.occurredAt,
    actor: event.actor,
    reason: event.reason,
    commandId: event.commandId,
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
    metadata: event.metadata,
  };
}

export function contentDigest(streamId: string, event: EventToAppend): string {
  return sha256Hex(canonicalJson(hashedContent(streamId, event)));
}

export function chainHash(previousHash: string | null, revision: number, digest: string): string {
  return sha256Hex(`${previousHash ?? ''}\n${revision}\n${digest}`);
}
