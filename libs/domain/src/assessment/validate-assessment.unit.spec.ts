import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent, ModeratedScore } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { ModeratedScoreInput, ValidateAssessment } from './validate-assessment.decide';

const spec = deciderSpecification(assessmentDecider);

const ASSESSMENT_ID = 'wales-cardiff-csp-2009-10';

const validate = (...moderatedScores: ModeratedScoreInput[]): ValidateAssessment => ({
  type: 'ValidateAssessment',
  moderatedScores,
});

const moderate = (overrides: Partial<ModeratedScoreInput> = {}): ModeratedScoreInput => ({
  criterionId: 'leadership.2',
  score: 2,
  reason: 'The strategy was agreed after the period ended',
  ...overrides,
});

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

const scored = (criterionId: string, score = 3): AssessmentEvent => ({
  type: 'CriterionScored',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    criterionId,
    previousScore: null,
    score,
    evidence: { text: null, links: [] },
    rationale: 'Shown in the annual review',
  },
});

const submitted: AssessmentEvent = {
  type: 'AssessmentSubmitted',
  schemaVersion: 1,
  data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 },
};

const validated = (moderatedScores: ModeratedScore[] = []): AssessmentEvent => ({
  type: 'AssessmentValidated',
  schemaVersion: 1,
  data: { assessmentId: ASSESSMENT_ID, moderatedScores },
});

const submittedHistory = [opened, scored('leadership.1'), scored('leadership.2'), submitted];

describe('validating an assessment', () => {
  describe('when not opened', () => {
    it('reports the assessment as not found', () => {
      spec.given([]).when(validate()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when open', () => {
    it('refuses as a conflict: only a submitted assessment can be validated', () => {
      spec
        .given([opened, scored('leadership.1')])
        .when(validate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('only a submitted one') });
    });
  });

  describe('when submitted', () => {
    it('validates it as it stands when no score is moderated', () => {
      spec.given(submittedHistory).when(validate()).then([validated()]);
    });

    it('records each moderated score beside the self-score, with its tidied reason', () => {
      spec
        .given(submittedHistory)
        .when(
          validate(
            moderate({ reason: '  Agreed after the period ended  ' }),
            moderate({ criterionId: 'leadership.1', score: 4 }),
          ),
        )
        .then([
          validated([
            { criterionId: 'leadership.2', selfScore: 3, moderatedScore: 2, reason: 'Agreed after the period ended' },
            {
              criterionId: 'leadership.1',
              selfScore: 3,
              moderatedScore: 4,
              reason: 'The strategy was agreed after the period ended',
            },
          ]),
        ]);
    });

    it.each([
      [
        'a criterion the assessment did not score',
        [moderate({ criterionId: 'leadership.3' })],
        'moderatedScores.0.criterionId',
      ],
      ['a criterion moderated twice', [moderate(), moderate({ score: 1 })], 'moderatedScores.1.criterionId'],
      ['a score above the scale', [moderate({ score: 5 })], 'moderatedScores.0.score'],
      ['a score below the scale', [moderate({ score: 0 })], 'moderatedScores.0.score'],
      ['a score equal to the self-score', [moderate({ score: 3 })], 'moderatedScores.0.score'],
      ['an empty reason', [moderate({ reason: '  ' })], 'moderatedScores.0.reason'],
      ['a reason over 5000 characters', [moderate({ reason: 'x'.repeat(5001) })], 'moderatedScores.0.reason'],
    ])('rejects %s as invalid input on that field', (_case, moderatedScores, field) => {
      spec
        .given(submittedHistory)
        .when(validate(...moderatedScores))
        .thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when returned', () => {
    it('refuses as a conflict until the partnership resubmits', () => {
      spec
        .given([
          ...submittedHistory,
          { type: 'AssessmentReturned', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, comments: 'Revise' } },
        ])
        .when(validate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('returned') });
    });
  });

  describe('when validated', () => {
    it('refuses to validate again as a conflict', () => {
      spec
        .given([...submittedHistory, validated()])
        .when(validate())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('already been validated') });
    });
  });
});
