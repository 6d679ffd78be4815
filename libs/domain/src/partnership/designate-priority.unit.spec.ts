import { deciderSpecification } from '../testing/decider-specification';
import type { DesignatePriority } from './designate-priority.decide';
import { partnershipDecider } from './partnership.decide';
import {
  COPELAND,
  EVIDENCE,
  RATIONALE,
  allerdaleRegistered,
  mergedInto,
  priorityDesignated,
  priorityLifted,
} from './partnership.fixtures';

const spec = deciderSpecification(partnershipDecider);

const designate = (rationale = RATIONALE, evidence: string[] = EVIDENCE): DesignatePriority => ({
  type: 'DesignatePriority',
  rationale,
  evidence,
});

describe('designating a priority partnership', () => {
  describe('when not registered', () => {
    it('reports the partnership as not found', () => {
      spec.given([]).when(designate()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when registered', () => {
    it('designates it with the rationale and the evidence relied on', () => {
      spec.given([allerdaleRegistered]).when(designate()).then([priorityDesignated]);
    });

    it('tidies the rationale and drops blank and repeated evidence', () => {
      spec
        .given([allerdaleRegistered])
        .when(designate(`  ${RATIONALE} `, ['event-1', ' ', ' event-1', 'event-2 ']))
        .then([priorityDesignated]);
    });

    it.each([
      ['an empty rationale', '  '],
      ['a rationale over 10000 characters', 'x'.repeat(10001)],
    ])('rejects %s as invalid input on the rationale', (_case, rationale) => {
      spec.given([allerdaleRegistered]).when(designate(rationale)).thenRejects({ kind: 'invalid', field: 'rationale' });
    });
  });

  describe('when a priority partnership', () => {
    it('refuses to designate it again as a conflict', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated])
        .when(designate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('already a priority') });
    });
  });

  describe('when its priority was lifted', () => {
    it('can designate it again', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated, priorityLifted])
        .when(designate())
        .then([priorityDesignated]);
    });
  });

  describe('when merged', () => {
    it('refuses as a conflict naming the successor', () => {
      spec
        .given([allerdaleRegistered, mergedInto(COPELAND)])
        .when(designate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(COPELAND) });
    });
  });
});
