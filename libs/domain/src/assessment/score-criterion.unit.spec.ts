import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { ScoreCriterion } from './score-criterion.decide';

const spec = deciderSpecification(assessmentDecider);

const ASSESSMENT_ID = 'wales-cardiff-csp-2009-10';

const opened: AssessmentEvent = {
  type: 'AssessmentOpened',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    partnershipId: 'wales-cardiff-csp',
    period: '2009-10',
    frameworkVersion: '2009.1',
    applicableCriteria: ['leadership.1', 'leadership.2'],
  },
};

const score = (overrides: Partial<ScoreCriterion> = {}): ScoreCriterion => ({
  type: 'ScoreCriterion',
  criterionId: 'leadership.1',
  score: 2,
  evidenceText: 'Minutes of the strategy group, March 2009',
  evidenceLinks: ['https://example.org/minutes'],
  rationale: 'Priorities are agreed but not yet shared by every partner',
  ...overrides,
});

const scored = (previousScore: number | null, value: number): AssessmentEvent => ({
  type: 'CriterionScored',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    criterionId: 'leadership.1',
    previousScore,
    score: value,
    evidence: { text: 'Minutes of the strategy group, March 2009', links: ['https://example.org/minutes'] },
    rationale: 'Priorities are agreed but not yet shared by every partner',
  },
});

describe('scoring a criterion', () => {
  describe('when not opened', () => {
    it('reports the assessment as not found', () => {
      spec.given([]).when(score()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when open', () => {
    it('records the first score of a criterion with no previous score', () => {
      spec
        .given([opened])
        .when(score())
        .then([scored(null, 2)]);
    });

    it('records a re-score with the score it revises', () => {
      spec
        .given([opened, scored(null, 2)])
        .when(score({ score: 3 }))
        .then([scored(2, 3)]);
    });

    it('accepts a score without evidence, tidying the rationale', () => {
      spec
        .given([opened])
        .when(score({ evidenceText: '  ', evidenceLinks: [' '], rationale: '  Not started  ' }))
        .then([
          {
            type: 'CriterionScored',
            schemaVersion: 1,
            data: {
              assessmentId: ASSESSMENT_ID,
              criterionId: 'leadership.1',
              previousScore: null,
              score: 2,
              evidence: { text: null, links: [] },
              rationale: 'Not started',
            },
          },
        ]);
    });

    it.each([
      ['a criterion the framework does not have', { criterionId: 'leadership.99' }, 'criterionId'],
      ['a criterion that does not apply to the partnership', { criterionId: 'communities.4' }, 'criterionId'],
      ['a score above the scale', { score: 5 }, 'score'],
      ['a score below the scale', { score: 0 }, 'score'],
      ['a score between levels', { score: 2.5 }, 'score'],
      ['an empty rationale', { rationale: '   ' }, 'rationale'],
      ['a rationale over 5000 characters', { rationale: 'x'.repeat(5001) }, 'rationale'],
      ['evidence over 10000 characters', { evidenceText: 'x'.repeat(10001) }, 'evidence'],
      ['a link that is not a web address', { evidenceLinks: ['javascript:alert(1)'] }, 'evidenceLinks'],
      [
        'more than 20 links',
        { evidenceLinks: Array.from({ length: 21 }, (_, i) => `https://e.org/${i}`) },
        'evidenceLinks',
      ],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([opened]).when(score(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when submitted', () => {
    it('refuses even a valid score as a conflict, saying the assessment is submitted', () => {
      spec
        .given([
          opened,
          scored(null, 2),
          { type: 'AssessmentSubmitted', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 } },
        ])
        .when(score({ score: 3 }))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('submitted') });
    });
  });

  describe('when returned', () => {
    const returnedHistory: AssessmentEvent[] = [
      opened,
      scored(null, 2),
      { type: 'AssessmentSubmitted', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 } },
      { type: 'AssessmentReturned', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, comments: 'Revisit' } },
    ];

    it('records a re-score as it would on an open assessment', () => {
      spec
        .given(returnedHistory)
        .when(score({ score: 3 }))
        .then([scored(2, 3)]);
    });

    it('still rejects a score off the scale as invalid input', () => {
      spec
        .given(returnedHistory)
        .when(score({ score: 5 }))
        .thenRejects({ kind: 'invalid', field: 'score' });
    });
  });

  describe('when validated', () => {
    it('refuses even a valid score as a conflict, saying the assessment is validated', () => {
      spec
        .given([
          opened,
          scored(null, 2),
          { type: 'AssessmentSubmitted', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 } },
          { type: 'AssessmentValidated', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, moderatedScores: [] } },
        ])
        .when(score({ score: 3 }))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('validated') });
    });
  });
});
