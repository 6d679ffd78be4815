import { conflict, notFound } from '../shared/domain-error';
import type { Checked } from './decision-grounds';
import type { PartnershipState, RegisteredPartnership } from './partnership';

/**
 * Decisions are made about a registered partnership that still acts on its own. Once merged,
 * its history stays readable but every further decision belongs to its successor.
 */
export function decidablePartnership(state: PartnershipState): Checked<RegisteredPartnership> {
  if (state.status !== 'registered') return { ok: false, error: notFound('There is no such partnership') };
  if (state.mergedInto !== null) {
    return {
      ok: false,
      error: conflict(
        `${state.name} has merged into “${state.mergedInto}”: decisions about it are now made on its successor`,
      ),
    };
  }
  return { ok: true, value: state };
}
