import { conflict, notFound, type DomainError } from '../shared/domain-error';
import type { Checked } from './decision-grounds';
import type { PartnershipState, RegisteredPartnership } from './partnership';

/** A partnership that was registered, merged or not: its history and what is open on it. */
export function registeredPartnership(state: PartnershipState): Checked<RegisteredPartnership> {
  if (state.status !== 'registered') return { ok: false, error: notFound('There is no such partnership') };
  return { ok: true, value: state };
}

/**
 * Decisions are made about a registered partnership that still acts on its own. Once merged,
 * its history stays readable but every further decision belongs to its successor.
 */
export function decidablePartnership(state: PartnershipState): Checked<RegisteredPartnership> {
  const registered = registeredPartnership(state);
  if (!registered.ok || registered.value.mergedInto === null) return registered;
  return { ok: false, error: mergedAway(registered.value) };
}

/** Why a merged partnership takes no further decision: they are made on its successor. */
export function mergedAway(partnership: RegisteredPartnership): DomainError {
  return conflict(
    `${partnership.name} has merged into “${partnership.mergedInto}”: decisions about it are now made on its successor`,
  );
}
