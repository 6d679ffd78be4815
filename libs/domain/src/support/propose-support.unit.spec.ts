import { deciderSpecification } from '../testing/decider-specification';
import type { ProposeSupport } from './propose-support.decide';
import { supportCaseDecider } from './support-case.decide';
import { CASE_ID, NEED, PARTNERSHIP_ID, proposed, requested } from './support-case.fixtures';

const spec = deciderSpecification(supportCaseDecider);

const propose = (offerId = 'executive-coaching', need = NEED): ProposeSupport => ({
  type: 'ProposeSupport',
  caseId: CASE_ID,
  partnershipId: PARTNERSHIP_ID,
  offerId,
  need,
});

describe('proposing support', () => {
  describe('when no case exists', () => {
    it('opens the case as proposed', () => {
      spec.given([]).when(propose()).then([proposed]);
    });

    it('rejects an offer not in the catalogue as invalid input on the offer', () => {
      spec.given([]).when(propose('free-lunch')).thenRejects({ kind: 'invalid', field: 'offerId' });
    });

    it('rejects place-based support without a stated need', () => {
      spec.given([]).when(propose('mentoring', '')).thenRejects({ kind: 'invalid', field: 'need' });
    });
  });

  describe('when requested', () => {
    it('refuses as a conflict: the case is already raised', () => {
      spec.given([requested]).when(propose()).thenRejects({ kind: 'conflict' });
    });
  });
});
