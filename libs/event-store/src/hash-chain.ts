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

/** JSON with object keys sorted at every level and no white space: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot canonicalise ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function contentDigest(streamId: string, event: EventToAppend): string {
  return sha256Hex(
    canonicalJson({
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
    }),
  );
}

export function chainHash(previousHash: string | null, revision: number, digest: string): string {
  return sha256Hex(`${previousHash ?? ''}\n${revision}\n${digest}`);
}
