import { criteriaApplicableTo } from '../framework/criteria';
import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { OpenAssessment } from './open-assessment.decide';

const spec = deciderSpecification(assessmentDecider);

const open = (overrides: Partial<OpenAssessment> = {}): OpenAssessment => ({
  type: 'OpenAssessment',
  partnershipId: 'north_west-allerdale-cdrp',
  period: '2009-10',
  frameworkVersion: '2009.1',
  setting: { country: 'England', twoTier: true },
  ...overrides,
});

const allCriteria = CURRENT_FRAMEWORK.hallmarks.flatMap((hallmark) => hallmark.criteria.map((c) => c.id));

const opened: AssessmentEvent = {
  type: 'AssessmentOpened',
  schemaVersion: 1,
  data: {
    assessmentId: 'north_west-allerdale-cdrp-2009-10',
    partnershipId: 'north_west-allerdale-cdrp',
    period: '2009-10',
    frameworkVersion: '2009.1',
    applicableCriteria: allCriteria,
  },
};

describe('opening an assessment', () => {
  describe('when no assessment is open for the period', () => {
    it('opens it with every criterion for a two-tier English district', () => {
      expect(allCriteria).toHaveLength(43);
      spec.given([]).when(open()).then([opened]);
    });

    it('leaves out the England-only and two-tier criteria for a Welsh partnership', () => {
      const setting = { country: 'Wales', twoTier: false } as const;
      const applicable = criteriaApplicableTo(setting).map((criterion) => criterion.id);
      expect(applicable.length).toBeLessThan(43);
      spec
        .given([])
        .when(open({ partnershipId: 'wales-cardiff-csp', setting }))
        .then([
          {
            type: 'AssessmentOpened',
            schemaVersion: 1,
            data: {
              assessmentId: 'wales-cardiff-csp-2009-10',
              partnershipId: 'wales-cardiff-csp',
              period: '2009-10',
              frameworkVersion: '2009.1',
              applicableCriteria: applicable,
            },
          },
        ]);
    });

    it.each([
      ['a period that is not a financial year', { period: '2009-11' }, 'period'],
      ['a period in another format', { period: '2009/10' }, 'period'],
      ['an unknown framework version', { frameworkVersion: '1999.1' }, 'frameworkVersion'],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([]).when(open(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when open', () => {
    it('refuses to open the same period again as a conflict', () => {
      spec
        .given([opened])
        .when(open())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('2009-10') });
    });
  });

  describe('when submitted', () => {
    it('refuses to open the same period again as a conflict', () => {
      spec
        .given([
          opened,
          {
            type: 'AssessmentSubmitted',
            schemaVersion: 1,
            data: { assessmentId: opened.data.assessmentId, scoredCriteria: 43 },
          },
        ])
        .when(open())
        .thenRejects({ kind: 'conflict' });
    });
  });
});
