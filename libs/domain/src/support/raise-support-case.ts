import { accept, conflict, invalid, reject, type Decision } from '../shared/domain-error';
import { findSupportOffer } from './support-catalogue';
import type { SupportCaseEvent, SupportCaseState, SupportRequestedData } from './support-case';

const MAX_NEED_LENGTH = 10000;

/**
 * A request and a proposal open a case by the same rules; only who raises it differs. The offer
 * must be in the catalogue, and place-based support responds to a specific issue, so it needs
 * the need stated.
 */
export function decideRaiseSupportCase(
  type: 'SupportRequested' | 'SupportProposed',
  raised: SupportRequestedData,
  state: SupportCaseState,
): Decision<SupportCaseEvent> {
  if (state.status !== 'none') return reject(conflict('This support case has already been raised'));
  const offer = findSupportOffer(raised.offerId);
  if (!offer) return reject(invalid(`There is no support offer “${raised.offerId}”`, 'offerId'));
  const need = raised.need.trim();
  if (offer.scope === 'PLACE_BASED' && need.length === 0) {
    return reject(invalid(`Say what the partnership needs: “${offer.title}” is place-based support`, 'need'));
  }
  if (need.length > MAX_NEED_LENGTH) {
    return reject(invalid(`The need must be ${MAX_NEED_LENGTH} characters or fewer`, 'need'));
  }
  return accept({ type, schemaVersion: 1, data: { ...raised, need } });
}
