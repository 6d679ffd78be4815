import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { ReturnAssessment } from './return-assessment.decide';

const spec = deciderSpecification(assessmentDecider);

const ASSESSMENT_ID = 'wales-cardiff-csp-2009-10';
const COMMENTS = 'The evidence for leadership.2 predates the period';
const returnIt = (comments = COMMENTS): ReturnAssessment => ({ type: 'ReturnAssessment', comments });

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

const returned: AssessmentEvent = {
  type: 'AssessmentReturned',
  schemaVersion: 1,
  data: { assessmentId: ASSESSMENT_ID, comments: COMMENTS },
};

const submittedHistory = [opened, scored('leadership.1'), scored('leadership.2'), submitted];

describe('returning an assessment', () => {
  describe('when not opened', () => {
    it('reports the assessment as not found', () => {
      spec.given([]).when(returnIt()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when open', () => {
    it('refuses as a conflict: there is nothing submitted to return', () => {
      spec
        .given([opened, scored('leadership.1')])
        .when(returnIt())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('only a submitted one') });
    });
  });

  describe('when submitted', () => {
    it('returns it with the coordinator’s comments, tidied', () => {
      spec
        .given(submittedHistory)
        .when(returnIt(`  ${COMMENTS}  `))
        .then([returned]);
    });

    it.each([
      ['empty comments', '   '],
      ['comments over 10000 characters', 'x'.repeat(10001)],
    ])('rejects %s as invalid input on the comments', (_case, comments) => {
      spec.given(submittedHistory).when(returnIt(comments)).thenRejects({ kind: 'invalid', field: 'comments' });
    });
  });

  describe('when returned', () => {
    it('refuses to return it again before it is resubmitted, as a conflict', () => {
      spec
        .given([...submittedHistory, returned])
        .when(returnIt())
        .thenRejects({ kind: 'conflict' });
    });

    it('returns it again once it has been resubmitted', () => {
      spec
        .given([...submittedHistory, returned, submitted])
        .when(returnIt())
        .then([returned]);
    });
  });

  describe('when validated', () => {
    it('refuses as a conflict: a validated assessment is closed', () => {
      spec
        .given([
          ...submittedHistory,
          {
            type: 'AssessmentValidated',
            schemaVersion: 1,
            data: { assessmentId: ASSESSMENT_ID, moderatedScores: [] },
          },
        ])
        .when(returnIt())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('validated') });
    });
  });
});
