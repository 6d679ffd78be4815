import type { Framework } from '../framework/framework';
import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import {
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type ModeratedScore,
  type OpenedAssessment,
} from './assessment';
import { strengthsAndWeaknesses } from './strengths-and-weaknesses';

const ASSESSMENT_ID = 'wales-cardiff-csp-2009-10';

/** An assessment scored as given, submitted and (unless told otherwise) validated with these moderations. */
function assessed(
  selfScores: Record<string, number>,
  options: { moderated?: ModeratedScore[]; validated?: boolean } = {},
): OpenedAssessment {
  const criteria = Object.keys(selfScores);
  const events: AssessmentEvent[] = [
    {
      type: 'AssessmentOpened',
      schemaVersion: 1,
      data: {
        assessmentId: ASSESSMENT_ID,
        partnershipId: 'wales-cardiff-csp',
        period: '2009-10',
        frameworkVersion: '2009.1',
        applicableCriteria: criteria,
      },
    },
    ...criteria.map(
      (criterionId): AssessmentEvent => ({
        type: 'CriterionScored',
        schemaVersion: 1,
        data: {
          assessmentId: ASSESSMENT_ID,
          criterionId,
          previousScore: null,
          score: selfScores[criterionId],
          evidence: { text: null, links: [] },
          rationale: 'Agreed at the board',
        },
      }),
    ),
    { type: 'AssessmentSubmitted', schemaVersion: 1, data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 0 } },
  ];
  if (options.validated !== false) {
    events.push({
      type: 'AssessmentValidated',
      schemaVersion: 1,
      data: { assessmentId: ASSESSMENT_ID, moderatedScores: options.moderated ?? [] },
    });
  }
  const state = events.reduce(evolveAssessment, initialAssessmentState);
  if (state.status === 'not_opened') throw new Error('the fixture did not open the assessment');
  return state;
}

const moderation = (criterionId: string, selfScore: number, moderatedScore: number): ModeratedScore => ({
  criterionId,
  selfScore,
  moderatedScore,
  reason: 'The evidence predates the period',
});

describe('strengths and weaknesses of an assessment', () => {
  describe('when submitted but not validated', () => {
    it('shows none: the scores may still change', () => {
      const assessment = assessed({ 'leadership.1': 1, 'leadership.2': 4 }, { validated: false });
      expect(strengthsAndWeaknesses(assessment, CURRENT_FRAMEWORK)).toEqual({ strengths: [], weaknesses: [] });
    });
  });

  describe('when validated', () => {
    it('names every criterion tied at a hallmark’s lowest score below Established as a weakness', () => {
      const assessment = assessed({
        'leadership.1': 2,
        'leadership.2': 3,
        'leadership.3': 2,
        'intelligence.1': 1,
        'intelligence.2': 2,
      });
      expect(strengthsAndWeaknesses(assessment, CURRENT_FRAMEWORK).weaknesses).toEqual([
        { hallmarkId: 'leadership', criterionId: 'leadership.1', score: 2 },
        { hallmarkId: 'leadership', criterionId: 'leadership.3', score: 2 },
        { hallmarkId: 'intelligence', criterionId: 'intelligence.1', score: 1 },
      ]);
    });

    it('finds no weakness in a hallmark whose lowest criterion is Established', () => {
      const assessment = assessed({ 'leadership.1': 3, 'leadership.2': 4, 'skills.1': 3 });
      expect(strengthsAndWeaknesses(assessment, CURRENT_FRAMEWORK).weaknesses).toEqual([]);
    });

    it('names every criterion at the top of the scale as a strength, whatever else its hallmark scores', () => {
      const assessment = assessed({ 'leadership.1': 1, 'leadership.2': 4, 'skills.1': 4, 'skills.2': 3 });
      expect(strengthsAndWeaknesses(assessment, CURRENT_FRAMEWORK)).toEqual({
        strengths: [
          { hallmarkId: 'leadership', criterionId: 'leadership.2', score: 4 },
          { hallmarkId: 'skills', criterionId: 'skills.1', score: 4 },
        ],
        weaknesses: [{ hallmarkId: 'leadership', criterionId: 'leadership.1', score: 1 }],
      });
    });

    it('reads the coordinator’s moderated score in place of the self-score', () => {
      const assessment = assessed(
        { 'leadership.1': 3, 'leadership.2': 4, 'leadership.3': 3 },
        { moderated: [moderation('leadership.1', 3, 1), moderation('leadership.2', 4, 3)] },
      );
      expect(strengthsAndWeaknesses(assessment, CURRENT_FRAMEWORK)).toEqual({
        strengths: [],
        weaknesses: [{ hallmarkId: 'leadership', criterionId: 'leadership.1', score: 1 }],
      });
    });

    it('ignores third-party review scores', () => {
      const base = assessed({ 'leadership.1': 3 });
      const reviewed: OpenedAssessment = {
        ...base,
        reviews: [
          {
            source: 'PEER_REVIEW',
            reviewer: 'Carlisle CDRP',
            reviewedOn: '2009-09-14',
            scores: [{ criterionId: 'leadership.1', score: 1, rationale: 'Not seen in practice' }],
          },
        ],
      };
      expect(strengthsAndWeaknesses(reviewed, CURRENT_FRAMEWORK)).toEqual({ strengths: [], weaknesses: [] });
    });
  });

  describe('when validated against an edition with a five-point scale', () => {
    const fivePoint: Framework = {
      ...CURRENT_FRAMEWORK,
      scale: [1, 2, 3, 4, 5].map((level) => ({ level, label: `Level ${level}`, description: `Level ${level}.` })),
    };

    it('takes the middle (3) as the bar for weaknesses and the top (5) for strengths', () => {
      const assessment = assessed({ 'leadership.1': 2, 'leadership.2': 4, 'skills.1': 3, 'skills.2': 5 });
      expect(strengthsAndWeaknesses(assessment, fivePoint)).toEqual({
        strengths: [{ hallmarkId: 'skills', criterionId: 'skills.2', score: 5 }],
        weaknesses: [{ hallmarkId: 'leadership', criterionId: 'leadership.1', score: 2 }],
      });
    });
  });
});
