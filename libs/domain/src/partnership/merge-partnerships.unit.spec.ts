import { deciderSpecification } from '../testing/decider-specification';
import type { MergePartnerships } from './merge-partnerships.decide';
import type { PartnershipState } from './partnership';
import { partnershipDecider } from './partnership.decide';
import {
  ALLERDALE,
  CARDIFF,
  COPELAND,
  allerdaleRegistered,
  cardiffRegistered,
  copelandRegistered,
  escalated,
  mergedInto,
  priorityDesignated,
  stateAfter,
} from './partnership.fixtures';

const spec = deciderSpecification(partnershipDecider);

const copeland = stateAfter(copelandRegistered);

const merge = (
  successorId = COPELAND,
  successor: PartnershipState = copeland,
  overrides: Partial<MergePartnerships> = {},
): MergePartnerships => ({
  type: 'MergePartnerships',
  successorId,
  successor,
  rationale: 'One delivery structure for west Cumbria',
  evidence: [],
  ...overrides,
});

describe('merging a partnership into its successor', () => {
  describe('when not registered', () => {
    it('reports the partnership as not found', () => {
      spec.given([]).when(merge()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when registered', () => {
    it('records the merger as one event naming both partnerships', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge())
        .then([mergedInto(COPELAND)]);
    });

    it('rejects an empty rationale as invalid input on the rationale', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge(COPELAND, copeland, { rationale: ' ' }))
        .thenRejects({ kind: 'invalid', field: 'rationale' });
    });

    it('refuses to merge it into itself as invalid input on the successor', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge(ALLERDALE, stateAfter(allerdaleRegistered)))
        .thenRejects({ kind: 'invalid', field: 'successorId', message: expect.stringContaining('itself') });
    });

    it('refuses a successor that is not registered as invalid input on the successor', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge('north_west-nowhere-cdrp', stateAfter()))
        .thenRejects({ kind: 'invalid', field: 'successorId', message: expect.stringContaining('no partnership') });
    });

    it('refuses a successor state that is not the named successor’s', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge('north_west-nowhere-cdrp', copeland))
        .thenRejects({ kind: 'invalid', field: 'successorId' });
    });

    it('refuses a successor that has itself merged, naming where it went', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge(COPELAND, stateAfter(copelandRegistered, mergedInto('north_west-carlisle-cdrp', COPELAND))))
        .thenRejects({
          kind: 'invalid',
          field: 'successorId',
          message: expect.stringContaining('north_west-carlisle-cdrp'),
        });
    });

    it('refuses a successor in another region, naming both regions', () => {
      spec
        .given([allerdaleRegistered])
        .when(merge(CARDIFF, stateAfter(cardiffRegistered)))
        .thenRejects({ kind: 'invalid', field: 'successorId', message: expect.stringMatching(/North West.*Wales/) });
    });
  });

  describe('when a priority partnership with an open escalation', () => {
    it('merges all the same: its record stays on its stream', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated, escalated])
        .when(merge())
        .then([mergedInto(COPELAND)]);
    });
  });

  describe('when merged', () => {
    it('refuses to merge it again as a conflict naming the successor', () => {
      spec
        .given([allerdaleRegistered, mergedInto(COPELAND)])
        .when(merge())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(COPELAND) });
    });
  });
});
