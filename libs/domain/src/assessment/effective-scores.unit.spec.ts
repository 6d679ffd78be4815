import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import type { OpenedAssessment } from './assessment';
import { averageLevel, effectiveScores } from './effective-scores';

const validated = (scores: Record<string, number>, moderated: Record<string, number> = {}): OpenedAssessment => ({
  status: 'validated',
  assessmentId: 'wales-cardiff-csp-2009-10',
  partnershipId: 'wales-cardiff-csp',
  period: '2009-10',
  frameworkVersion: '2009.1',
  applicableCriteria: Object.keys(scores),
  scores: Object.entries(scores).map(([criterionId, score]) => ({
    criterionId,
    score,
    evidence: { text: null, links: [] },
    rationale: 'Agreed at the board',
  })),
  returnComments: null,
  moderatedScores: Object.entries(moderated).map(([criterionId, moderatedScore]) => ({
    criterionId,
    selfScore: scores[criterionId],
    moderatedScore,
    reason: 'The evidence predates the period',
  })),
  reviews: [],
});

describe('effective scores', () => {
  it('are the self-scores where the coordinator moderated nothing', () => {
    expect(effectiveScores(validated({ 'leadership.1': 2, 'skills.1': 4 }))).toEqual([
      { criterionId: 'leadership.1', score: 2 },
      { criterionId: 'skills.1', score: 4 },
    ]);
  });

  it('take the moderated score where there is one', () => {
    expect(effectiveScores(validated({ 'leadership.1': 2, 'skills.1': 4 }, { 'skills.1': 3 }))).toEqual([
      { criterionId: 'leadership.1', score: 2 },
      { criterionId: 'skills.1', score: 3 },
    ]);
  });
});

describe('the average level of a hallmark', () => {
  it('is the mean effective score of its scored criteria, to two decimal places', () => {
    const assessment = validated(
      { 'leadership.1': 2, 'leadership.2': 3, 'leadership.3': 3, 'skills.1': 1 },
      {
        'leadership.1': 3,
      },
    );
    expect(averageLevel(assessment, 'leadership', CURRENT_FRAMEWORK)).toBe(3);
    const thirds = validated({ 'leadership.1': 2, 'leadership.2': 2, 'leadership.3': 3 });
    expect(averageLevel(thirds, 'leadership', CURRENT_FRAMEWORK)).toBe(2.33);
  });

  it('is null for a hallmark the assessment scores nothing of', () => {
    expect(averageLevel(validated({ 'leadership.1': 2 }), 'skills', CURRENT_FRAMEWORK)).toBeNull();
  });
});
