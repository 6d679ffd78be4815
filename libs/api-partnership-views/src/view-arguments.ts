import { typedError } from '@nsf/api-core';

/** An id the caller must give; blank is the caller's mistake, not an unknown id. */
export function requiredId(id: string, field: string): string {
  const trimmed = id.trim();
  if (trimmed === '') throw typedError('BAD_USER_INPUT', 'Give the id of what you want to see.', field);
  return trimmed;
}

/** The instant asked for, or null when none was given. */
export function validInstant(asOf: Date | null | undefined): Date | null {
  if (asOf && Number.isNaN(asOf.getTime())) throw typedError('BAD_USER_INPUT', 'asOf is not a date.', 'asOf');
  return asOf ?? null;
}
