/**
 * Recognises the database failures the SQL adapter turns into the port's typed errors. Both
 * drivers (pg and PGlite) report PostgreSQL errors with the same fields: code (SQLSTATE),
 * constraint, detail.
 */
import { EventStoreUnavailableError } from '../errors';

/** Raised by nsf_append_events; DETAIL is the stream's actual head. */
export const WRONG_EXPECTED_REVISION = 'NS001';
/** Raised by nsf_find_appended; DETAIL lists the ids already used. */
export const EVENT_ID_CONFLICT = 'NS002';
export const UNIQUE_VIOLATION = '23505';
/** Nothing was written; the append may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
/** Values PostgreSQL refused to store (text it cannot encode, out-of-range numbers or dates). */
const INVALID_VALUE = new Set(['22P02', '22P05', '22021', '22003', '22007', '22008', '54000']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export interface DatabaseErrorFields {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
  readonly message: string;
}

export function databaseError(error: unknown): DatabaseErrorFields | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return error as DatabaseErrorFields;
}

export function sqlState(error: unknown): string | undefined {
  const code = databaseError(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isRetryable(error: unknown): boolean {
  const code = sqlState(error);
  return code === UNIQUE_VIOLATION || (code !== undefined && RETRYABLE.has(code));
}

export function isInvalidValue(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && INVALID_VALUE.has(code);
}

/**
 * Connection failures, server shutdown, too many connections, a closed pool or PGlite: the caller
 * may retry later. Anything else is returned unchanged (a bug, not a condition to act on).
 */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof EventStoreUnavailableError) return error;
  const fields = databaseError(error);
  if (!fields) return error;
  const code = fields.code ?? '';
  const unavailable =
    code.startsWith('08') ||
    ['57P01', '57P02', '57P03', '53300', '53400'].includes(code) ||
    NETWORK_CODES.has(code) ||
    /connection terminated|connection error|after calling end|is closed|was closed/i.test(fields.message);
  return unavailable
    ? new EventStoreUnavailableError(`event store unavailable: ${fields.message}`, { cause: error })
    : error;
}
