import { deciderSpecification } from '../testing/decider-specification';
import type { LiftPriority } from './lift-priority.decide';
import { partnershipDecider } from './partnership.decide';
import { COPELAND, allerdaleRegistered, mergedInto, priorityDesignated, priorityLifted } from './partnership.fixtures';

const spec = deciderSpecification(partnershipDecider);

const lift = (rationale = 'The last assessment shows the gaps closed', evidence: string[] = []): LiftPriority => ({
  type: 'LiftPriority',
  rationale,
  evidence,
});

describe('lifting priority status', () => {
  describe('when not registered', () => {
    it('reports the partnership as not found', () => {
      spec.given([]).when(lift()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when registered', () => {
    it('refuses as a conflict: it is not a priority partnership', () => {
      spec
        .given([allerdaleRegistered])
        .when(lift())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('not a priority') });
    });
  });

  describe('when a priority partnership', () => {
    it('lifts it with the rationale', () => {
      spec.given([allerdaleRegistered, priorityDesignated]).when(lift()).then([priorityLifted]);
    });

    it('drops blank evidence ids', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated])
        .when(lift(undefined, [' ', '']))
        .then([priorityLifted]);
    });

    it('rejects an empty rationale as invalid input on the rationale', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated])
        .when(lift(' '))
        .thenRejects({ kind: 'invalid', field: 'rationale' });
    });
  });

  describe('when its priority was lifted', () => {
    it('refuses to lift it again as a conflict', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated, priorityLifted])
        .when(lift())
        .thenRejects({ kind: 'conflict' });
    });
  });

  describe('when merged', () => {
    it('refuses as a conflict naming the successor, even a priority partnership', () => {
      spec
        .given([allerdaleRegistered, priorityDesignated, mergedInto(COPELAND)])
        .when(lift())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(COPELAND) });
    });
  });
});
