// The request and proposal forms: their fields, the checks made before sending, and the words
// that differ between a partnership asking for support and its coordinator putting it forward.
import { fieldProblems, type FormProblems } from './form-problems';
import { PROPOSE_SUPPORT_MUTATION, REQUEST_SUPPORT_MUTATION, type RaiseSupportInput } from './support-case.mutations';
import { findOffer, type SupportOffer } from './support-offers';

export type RaiseMode = 'request' | 'propose';

export const RAISE_FIELDS = ['offerId', 'need'] as const;
export type RaiseField = (typeof RAISE_FIELDS)[number];

export const RAISE_FIELD_IDS: Readonly<Record<RaiseField, string>> = { offerId: 'offerId', need: 'need' };

export interface RaiseValues {
  readonly offerId: string;
  readonly need: string;
}

export const EMPTY_RAISE: RaiseValues = { offerId: '', need: '' };

export interface RaiseWording {
  readonly title: string;
  readonly button: string;
  /** The heading of the banner on the new case. */
  readonly done: string;
  readonly forbidden: string;
  readonly mutation: string;
  /** The mutation's field in the answer. */
  readonly answerField: 'requestSupport' | 'proposeSupport';
}

export const RAISE_WORDING: Readonly<Record<RaiseMode, RaiseWording>> = {
  request: {
    title: 'Request support',
    button: 'Request support',
    done: 'Support requested',
    forbidden: 'Only the partnership’s own lead and members, and the national team, can request support for it',
    mutation: REQUEST_SUPPORT_MUTATION,
    answerField: 'requestSupport',
  },
  propose: {
    title: 'Propose support',
    button: 'Propose support',
    done: 'Support proposed',
    forbidden: 'Only the coordinator of the partnership’s region and the national team can propose support for it',
    mutation: PROPOSE_SUPPORT_MUTATION,
    answerField: 'proposeSupport',
  },
};

/**
 * What the browser can check for certain: an offer is chosen, and a need is stated for
 * place-based support, which answers one partnership's particular issue (the API's rule too).
 */
export function checkRaise(values: RaiseValues, offers: readonly SupportOffer[]): FormProblems<RaiseField> | null {
  const offer = findOffer(offers, values.offerId);
  if (!offer) return fieldProblems<RaiseField>({ offerId: 'Select the support' });
  if (offer.scope === 'PLACE_BASED' && values.need.trim() === '') {
    return fieldProblems<RaiseField>({
      need: `Say what the partnership needs: ‘${offer.title}’ is place-based support`,
    });
  }
  return null;
}

export function toRaiseInput(partnershipId: string, values: RaiseValues, commandId: string): RaiseSupportInput {
  return { partnershipId, offerId: values.offerId, need: values.need, commandId };
}
