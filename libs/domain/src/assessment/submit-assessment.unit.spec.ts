import { deciderSpecification } from '../testing/decider-specification';
import type { AssessmentEvent } from './assessment';
import { assessmentDecider } from './assessment.decide';
import type { SubmitAssessment } from './submit-assessment.decide';

const spec = deciderSpecification(assessmentDecider);

const ASSESSMENT_ID = 'wales-cardiff-csp-2009-10';
const submit: SubmitAssessment = { type: 'SubmitAssessment' };

const opened: AssessmentEvent = {
  type: 'AssessmentOpened',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    partnershipId: 'wales-cardiff-csp',
    period: '2009-10',
    frameworkVersion: '2009.1',
    applicableCriteria: ['leadership.1', 'leadership.2', 'leadership.3'],
  },
};

const scored = (criterionId: string, previousScore: number | null = null): AssessmentEvent => ({
  type: 'CriterionScored',
  schemaVersion: 1,
  data: {
    assessmentId: ASSESSMENT_ID,
    criterionId,
    previousScore,
    score: 3,
    evidence: { text: null, links: [] },
    rationale: 'Shown in the annual review',
  },
});

const submitted: AssessmentEvent = {
  type: 'AssessmentSubmitted',
  schemaVersion: 1,
  data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 3 },
};

describe('submitting an assessment', () => {
  describe('when not opened', () => {
    it('reports the assessment as not found', () => {
      spec.given([]).when(submit).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when open', () => {
    it('submits once every applicable criterion is scored, counting each criterion once', () => {
      spec
        .given([
          opened,
          scored('leadership.1'),
          scored('leadership.2'),
          scored('leadership.1', 3),
          scored('leadership.3'),
        ])
        .when(submit)
        .then([submitted]);
    });

    it('rejects an incomplete assessment, saying how many criteria are missing', () => {
      spec
        .given([opened, scored('leadership.1'), scored('leadership.1', 3)])
        .when(submit)
        .thenRejects({
          kind: 'invalid',
          message: expect.stringMatching(/^2 of 3 criteria are not scored/),
        });
    });

    it('rejects an assessment with no scores at all', () => {
      spec
        .given([opened])
        .when(submit)
        .thenRejects({ kind: 'invalid', message: expect.stringMatching(/^3 of 3/) });
    });
  });

  describe('when submitted', () => {
    it('refuses to submit again as a conflict', () => {
      spec
        .given([opened, scored('leadership.1'), scored('leadership.2'), scored('leadership.3'), submitted])
        .when(submit)
        .thenRejects({ kind: 'conflict' });
    });
  });

  describe('when returned', () => {
    const returned: AssessmentEvent = {
      type: 'AssessmentReturned',
      schemaVersion: 1,
      data: { assessmentId: ASSESSMENT_ID, comments: 'Revisit leadership.2' },
    };
    const complete = [opened, scored('leadership.1'), scored('leadership.2'), scored('leadership.3'), submitted];

    it('submits it again, revised or not', () => {
      spec
        .given([...complete, returned, scored('leadership.2', 3)])
        .when(submit)
        .then([submitted]);
    });
  });

  describe('when validated', () => {
    it('refuses to submit as a conflict: a validated assessment is closed', () => {
      spec
        .given([
          opened,
          scored('leadership.1'),
          scored('leadership.2'),
          scored('leadership.3'),
          submitted,
          { type: 'AssessmentValidated', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, moderatedScores: [] } },
        ])
        .when(submit)
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('validated') });
    });
  });
});
