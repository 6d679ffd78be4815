import { deciderSpecification } from '../testing/decider-specification';
import type { RequestSupport } from './request-support.decide';
import { supportCaseDecider } from './support-case.decide';
import { CASE_ID, NEED, PARTNERSHIP_ID, requested } from './support-case.fixtures';

const spec = deciderSpecification(supportCaseDecider);

const request = (offerId = 'problem-solving-training', need = NEED): RequestSupport => ({
  type: 'RequestSupport',
  caseId: CASE_ID,
  partnershipId: PARTNERSHIP_ID,
  offerId,
  need,
});

describe('requesting support', () => {
  describe('when no case exists', () => {
    it('opens the case with the need, tidied', () => {
      spec
        .given([])
        .when(request('problem-solving-training', `  ${NEED} `))
        .then([requested]);
    });

    it('accepts universal support without a stated need', () => {
      spec
        .given([])
        .when(request('induction-information', '  '))
        .then([
          {
            type: 'SupportRequested',
            schemaVersion: 1,
            data: { caseId: CASE_ID, partnershipId: PARTNERSHIP_ID, offerId: 'induction-information', need: '' },
          },
        ]);
    });

    it('rejects an offer not in the catalogue as invalid input on the offer', () => {
      spec.given([]).when(request('free-lunch')).thenRejects({ kind: 'invalid', field: 'offerId' });
    });

    it('rejects place-based support without a stated need as invalid input on the need', () => {
      spec
        .given([])
        .when(request('partnership-diagnostic-review', ' '))
        .thenRejects({ kind: 'invalid', field: 'need', message: expect.stringContaining('place-based') });
    });

    it('rejects a need over 10000 characters', () => {
      spec
        .given([])
        .when(request('mentoring', 'x'.repeat(10001)))
        .thenRejects({ kind: 'invalid', field: 'need' });
    });
  });

  describe('when requested', () => {
    it('refuses to raise the same case twice, as a conflict', () => {
      spec.given([requested]).when(request()).thenRejects({ kind: 'conflict' });
    });
  });
});
