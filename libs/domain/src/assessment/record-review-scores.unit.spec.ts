import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent, ReviewScore } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { RecordReviewScores } from './record-review-scores.decide';

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

const scored = (criterionId: string): AssessmentEvent => ({
  type: 'CriterionScored',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    criterionId,
    previousScore: null,
    score: 3,
    evidence: { text: null, links: [] },
    rationale: 'Shown in the annual review',
  },
});

const submitted: AssessmentEvent = {
  type: 'AssessmentSubmitted',
  schemaVersion: 1,
  data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 },
};

const reviewScore = (overrides: Partial<ReviewScore> = {}): ReviewScore => ({
  criterionId: 'leadership.1',
  score: 2,
  rationale: 'Partners interviewed could not state the shared vision',
  ...overrides,
});

const review = (overrides: Partial<RecordReviewScores> = {}): RecordReviewScores => ({
  type: 'RecordReviewScores',
  source: 'DIAGNOSTIC_REVIEW',
  reviewer: 'Home Office diagnostic team',
  reviewedOn: '2009-09-14',
  scores: [reviewScore()],
  ...overrides,
});

const recorded = (overrides: Partial<Omit<RecordReviewScores, 'type'>> = {}): AssessmentEvent => ({
  type: 'ReviewScoresRecorded',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    source: 'DIAGNOSTIC_REVIEW',
    reviewer: 'Home Office diagnostic team',
    reviewedOn: '2009-09-14',
    scores: [reviewScore()],
    ...overrides,
  },
});

describe('recording a review’s scores', () => {
  describe('when not opened', () => {
    it('reports the assessment as not found', () => {
      spec.given([]).when(review()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when open', () => {
    it('records the review’s scores, tidying the reviewer and the rationales', () => {
      spec
        .given([opened])
        .when(
          review({
            reviewer: '  Home Office diagnostic team ',
            scores: [reviewScore({ rationale: '  Partners interviewed could not state the shared vision ' })],
          }),
        )
        .then([recorded()]);
    });

    it('records a criterion the partnership has not scored yet, in the order given', () => {
      const scores = [
        reviewScore({ criterionId: 'leadership.2', score: 4, rationale: 'Hard choices on budgets' }),
        reviewScore(),
      ];
      spec
        .given([opened, scored('leadership.1')])
        .when(review({ source: 'PEER_REVIEW', reviewer: 'Carlisle CDRP', scores }))
        .then([recorded({ source: 'PEER_REVIEW', reviewer: 'Carlisle CDRP', scores })]);
    });

    it('keeps a second review beside the first, and the self-scores as they were', () => {
      const peerReview = recorded({ source: 'PEER_REVIEW', reviewer: 'Carlisle CDRP' });
      const state = [opened, scored('leadership.1'), recorded(), peerReview].reduce(
        assessmentDecider.evolve,
        assessmentDecider.initialState,
      );
      expect(state).toMatchObject({
        scores: [{ criterionId: 'leadership.1', score: 3 }],
        reviews: [
          { source: 'DIAGNOSTIC_REVIEW', reviewer: 'Home Office diagnostic team', scores: [reviewScore()] },
          { source: 'PEER_REVIEW', reviewer: 'Carlisle CDRP', scores: [reviewScore()] },
        ],
      });
    });

    it.each([
      ['no scores at all', { scores: [] }, 'scores'],
      ['an empty reviewer', { reviewer: '  ' }, 'reviewer'],
      ['a reviewer over 200 characters', { reviewer: 'x'.repeat(201) }, 'reviewer'],
      ['a date that is not YYYY-MM-DD', { reviewedOn: '14/09/2009' }, 'reviewedOn'],
      ['a date not on the calendar', { reviewedOn: '2009-02-30' }, 'reviewedOn'],
      [
        'a criterion the framework does not have',
        { scores: [reviewScore({ criterionId: 'leadership.99' })] },
        'scores.0.criterionId',
      ],
      [
        'a criterion that does not apply to the partnership',
        { scores: [reviewScore({ criterionId: 'communities.4' })] },
        'scores.0.criterionId',
      ],
      ['a criterion scored twice', { scores: [reviewScore(), reviewScore({ score: 3 })] }, 'scores.1.criterionId'],
      ['a score above the scale', { scores: [reviewScore({ score: 5 })] }, 'scores.0.score'],
      ['a score between levels', { scores: [reviewScore({ score: 2.5 })] }, 'scores.0.score'],
      ['an empty rationale', { scores: [reviewScore({ rationale: ' ' })] }, 'scores.0.rationale'],
      [
        'a rationale over 5000 characters',
        { scores: [reviewScore({ rationale: 'x'.repeat(5001) })] },
        'scores.0.rationale',
      ],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([opened]).when(review(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when submitted', () => {
    it('records the review: the coordinator may weigh it before validating', () => {
      spec
        .given([opened, scored('leadership.1'), scored('leadership.2'), submitted])
        .when(review())
        .then([recorded()]);
    });
  });

  describe('when returned', () => {
    it('records the review', () => {
      spec
        .given([
          opened,
          scored('leadership.1'),
          scored('leadership.2'),
          submitted,
          { type: 'AssessmentReturned', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, comments: 'Revise' } },
        ])
        .when(review())
        .then([recorded()]);
    });
  });

  describe('when validated', () => {
    it('refuses as a conflict: a validated assessment is closed', () => {
      spec
        .given([
          opened,
          scored('leadership.1'),
          scored('leadership.2'),
          submitted,
          { type: 'AssessmentValidated', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, moderatedScores: [] } },
        ])
        .when(review())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('validated') });
    });
  });
});
