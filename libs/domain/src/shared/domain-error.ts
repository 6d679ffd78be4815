/**
 * Expected failures of a command, returned as values (never thrown strings). The API maps each
 * kind to a GraphQL error code: BAD_USER_INPUT, CONFLICT, NOT_FOUND, FORBIDDEN.
 */
export type DomainErrorKind = 'invalid' | 'conflict' | 'not_found' | 'forbidden';

export interface DomainError {
  readonly kind: DomainErrorKind;
  /** A sentence a coordinator understands. */
  readonly message: string;
  /** The input field at fault, when there is one (for an error summary linking to it). */
  readonly field?: string;
}

export const invalid = (message: string, field?: string): DomainError => ({ kind: 'invalid', message, field });
export const conflict = (message: string): DomainError => ({ kind: 'conflict', message });
export const notFound = (message: string): DomainError => ({ kind: 'not_found', message });
export const forbidden = (message: string): DomainError => ({ kind: 'forbidden', message });

/** The outcome of `decide`: the events to append, or why nothing may be appended. */
export type Decision<Event> = { ok: true; events: Event[] } | { ok: false; error: DomainError };

export const accept = <Event>(...events: Event[]): Decision<Event> => ({ ok: true, events });
export const reject = <Event>(error: DomainError): Decision<Event> => ({ ok: false, error });
