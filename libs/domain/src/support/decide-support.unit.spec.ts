import { deciderSpecification } from '../testing/decider-specification';
import type { DecideSupport } from './decide-support.decide';
import type { SupportDecision } from './support-case';
import { supportCaseDecider } from './support-case.decide';
import { decided, delivered, proposed, requested } from './support-case.fixtures';

const spec = deciderSpecification(supportCaseDecider);

const RATIONALE = 'The validated assessment shows the gap';
const decide = (decision: SupportDecision, rationale = RATIONALE, evidence = ['event-1']): DecideSupport => ({
  type: 'DecideSupport',
  decision,
  rationale,
  evidence,
});

describe('deciding support', () => {
  describe('when no case exists', () => {
    it('reports the case as not found', () => {
      spec.given([]).when(decide('APPROVED')).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when requested', () => {
    it.each<SupportDecision>(['APPROVED', 'DECLINED', 'DEFERRED'])('records the decision %s', (decision) => {
      spec
        .given([requested])
        .when(decide(decision))
        .then([decided(decision)]);
    });

    it('tidies the rationale and drops blank and repeated evidence', () => {
      spec
        .given([requested])
        .when(decide('APPROVED', ` ${RATIONALE} `, ['event-1', ' ', ' event-1']))
        .then([decided('APPROVED')]);
    });

    it.each([
      ['an empty rationale', '  '],
      ['a rationale over 10000 characters', 'x'.repeat(10001)],
    ])('rejects %s as invalid input on the rationale', (_case, rationale) => {
      spec.given([requested]).when(decide('APPROVED', rationale)).thenRejects({ kind: 'invalid', field: 'rationale' });
    });
  });

  describe('when proposed', () => {
    it('records the decision', () => {
      spec
        .given([proposed])
        .when(decide('DECLINED'))
        .then([decided('DECLINED')]);
    });
  });

  describe('when deferred', () => {
    it('can be decided again', () => {
      spec
        .given([requested, decided('DEFERRED')])
        .when(decide('APPROVED'))
        .then([decided('APPROVED')]);
    });
  });

  describe('when approved', () => {
    it('refuses a second decision as a conflict', () => {
      spec
        .given([requested, decided('APPROVED')])
        .when(decide('DECLINED'))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('approved') });
    });
  });

  describe('when declined', () => {
    it('refuses as a conflict: a declined case is closed', () => {
      spec
        .given([requested, decided('DECLINED')])
        .when(decide('APPROVED'))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('declined') });
    });
  });

  describe('when delivered', () => {
    it('refuses as a conflict: a delivered case is closed', () => {
      spec
        .given([requested, decided('APPROVED'), delivered])
        .when(decide('APPROVED'))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('delivered') });
    });
  });
});
