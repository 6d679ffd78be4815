import { isCalendarDate } from '../shared/calendar-date';
import { invalid, type DomainError } from '../shared/domain-error';

/**
 * The checks on what a person types into an action, shared by adding and updating it. Each
 * returns the tidied value, or the error naming the field at fault.
 */
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_OWNER_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

export type Checked<T = string> = { ok: true; value: T } | { ok: false; error: DomainError };

export function checkDescription(description: string): Checked {
  const value = description.trim();
  if (value.length === 0) return { ok: false, error: invalid('Say what the partnership will do', 'description') };
  if (value.length > MAX_DESCRIPTION_LENGTH) {
    return {
      ok: false,
      error: invalid(`The description must be ${MAX_DESCRIPTION_LENGTH} characters or fewer`, 'description'),
    };
  }
  return { ok: true, value };
}

export function checkOwner(owner: string): Checked {
  const value = owner.trim();
  if (value.length === 0) return { ok: false, error: invalid('Say who owns the action', 'owner') };
  if (value.length > MAX_OWNER_LENGTH) {
    return { ok: false, error: invalid(`The owner must be ${MAX_OWNER_LENGTH} characters or fewer`, 'owner') };
  }
  return { ok: true, value };
}

export function checkDueOn(dueOn: string): Checked {
  const value = dueOn.trim();
  return isCalendarDate(value)
    ? { ok: true, value }
    : { ok: false, error: invalid('Give the due date as a real date, YYYY-MM-DD', 'dueOn') };
}

export function checkNote(note: string): Checked {
  const value = note.trim();
  if (value.length > MAX_NOTE_LENGTH) {
    return { ok: false, error: invalid(`The note must be ${MAX_NOTE_LENGTH} characters or fewer`, 'note') };
  }
  return { ok: true, value };
}
