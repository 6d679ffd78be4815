import { deciderSpecification } from '../testing/decider-specification';
import type { Escalate } from './escalate.decide';
import { partnershipDecider } from './partnership.decide';
import {
  CONCERN,
  COPELAND,
  EVIDENCE,
  RATIONALE,
  allerdaleRegistered,
  escalated,
  escalationResolved,
  mergedInto,
  priorityDesignated,
} from './partnership.fixtures';

const spec = deciderSpecification(partnershipDecider);

const escalate = (overrides: Partial<Escalate> = {}): Escalate => ({
  type: 'Escalate',
  concern: CONCERN,
  rationale: RATIONALE,
  evidence: EVIDENCE,
  ...overrides,
});

describe('escalating a concern to the national team', () => {
  describe('when not registered', () => {
    it('reports the partnership as not found', () => {
      spec.given([]).when(escalate()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when registered', () => {
    it('escalates the concern with the rationale and the evidence', () => {
      spec.given([allerdaleRegistered]).when(escalate()).then([escalated]);
    });

    it('tidies the concern and the rationale and drops repeated evidence', () => {
      spec
        .given([allerdaleRegistered])
        .when(escalate({ concern: ` ${CONCERN}  `, rationale: `${RATIONALE} `, evidence: [...EVIDENCE, 'event-1'] }))
        .then([escalated]);
    });

    it.each([
      ['an empty concern', { concern: ' ' }, 'concern'],
      ['a concern over 10000 characters', { concern: 'x'.repeat(10001) }, 'concern'],
      ['an empty rationale', { rationale: '' }, 'rationale'],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([allerdaleRegistered]).when(escalate(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when a priority partnership', () => {
    it('escalates a concern all the same', () => {
      spec.given([allerdaleRegistered, priorityDesignated]).when(escalate()).then([escalated]);
    });
  });

  describe('when escalated', () => {
    it('refuses a second escalation as a conflict, quoting the open concern', () => {
      spec
        .given([allerdaleRegistered, escalated])
        .when(escalate({ concern: 'Another worry' }))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(CONCERN) });
    });
  });

  describe('when the escalation was resolved', () => {
    it('escalates a new concern', () => {
      spec.given([allerdaleRegistered, escalated, escalationResolved]).when(escalate()).then([escalated]);
    });
  });

  describe('when merged', () => {
    it('refuses as a conflict naming the successor', () => {
      spec
        .given([allerdaleRegistered, mergedInto(COPELAND)])
        .when(escalate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(COPELAND) });
    });
  });
});
