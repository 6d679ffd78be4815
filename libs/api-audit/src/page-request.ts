import { typedError } from '@nsf/api-core';
import { decodeAuditCursor, type AuditCursor } from '@nsf/projections';

const MAX_PAGE = 200;

/** A page size and cursor as the client sent them, checked: BAD_USER_INPUT on the field at fault. */
export function pageRequest(first: number, after: string | null): { first: number; after?: AuditCursor } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw typedError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_PAGE} events at a time.`, 'first');
  }
  if (!after) return { first };
  const position = decodeAuditCursor(after);
  if (!position) throw typedError('BAD_USER_INPUT', 'The cursor is not one this server handed out.', 'after');
  return { first, after: position };
}
