import { createHash } from 'node:crypto';

/**
 * The id of the n-th event a command produces, derived from the command id: a retried command
 * yields the same ids, so the event store's idempotent append recognises it even when two
 * retries race. Formatted as an RFC 4122 UUID (version 5 bits: name-based, SHA hash).
 */
export function eventIdFor(commandId: string, index: number): string {
  const bytes = createHash('sha256').update(`nsf-event:${commandId}:${index}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
