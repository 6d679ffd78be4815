import { deciderSpecification } from '../testing/decider-specification';
import { partnershipDecider } from './partnership.decide';
import { COPELAND, allerdaleRegistered, escalated, escalationResolved, mergedInto } from './partnership.fixtures';
import type { ResolveEscalation } from './resolve-escalation.decide';

const spec = deciderSpecification(partnershipDecider);

const resolve = (overrides: Partial<ResolveEscalation> = {}): ResolveEscalation => ({
  type: 'ResolveEscalation',
  resolution: 'The chief executives agreed a new chair',
  rationale: 'The board has met twice since',
  evidence: [],
  ...overrides,
});

describe('resolving an escalation', () => {
  describe('when not registered', () => {
    it('reports the partnership as not found', () => {
      spec.given([]).when(resolve()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when registered', () => {
    it('refuses as a conflict: no escalation is open', () => {
      spec
        .given([allerdaleRegistered])
        .when(resolve())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('No concern') });
    });
  });

  describe('when escalated', () => {
    it('resolves it with the resolution and the rationale', () => {
      spec.given([allerdaleRegistered, escalated]).when(resolve()).then([escalationResolved]);
    });

    it.each([
      ['an empty resolution', { resolution: '  ' }, 'resolution'],
      ['an empty rationale', { rationale: '  ' }, 'rationale'],
      ['a rationale over 10000 characters', { rationale: 'x'.repeat(10001) }, 'rationale'],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([allerdaleRegistered, escalated]).when(resolve(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when the escalation was resolved', () => {
    it('refuses to resolve it again as a conflict', () => {
      spec
        .given([allerdaleRegistered, escalated, escalationResolved])
        .when(resolve())
        .thenRejects({ kind: 'conflict' });
    });
  });

  describe('when merged with an escalation open', () => {
    it('resolves it on the merged partnership, where the concern was raised', () => {
      spec
        .given([allerdaleRegistered, escalated, mergedInto(COPELAND)])
        .when(resolve())
        .then([escalationResolved]);
    });
  });

  describe('when merged with no escalation open', () => {
    it('refuses as a conflict naming the successor', () => {
      spec
        .given([allerdaleRegistered, escalated, escalationResolved, mergedInto(COPELAND)])
        .when(resolve())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining(COPELAND) });
    });
  });
});
