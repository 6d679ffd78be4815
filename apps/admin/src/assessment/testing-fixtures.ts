// A small framework edition and assessment for the unit specs: two hallmarks, one criterion
// that does not apply, and the four-level scale.
import type { Assessment, Framework, SavedScore } from './assessment.query';

export const FRAMEWORK: Framework = {
  version: '2009.1',
  title: 'National Support Framework',
  scale: [
    { level: 1, label: 'Not yet in place', description: 'Missing.' },
    { level: 2, label: 'Developing', description: 'Started.' },
    { level: 3, label: 'Established', description: 'Consistent.' },
    { level: 4, label: 'Excelling', description: 'Very well.' },
  ],
  hallmarks: [
    {
      id: 'leadership',
      number: 1,
      title: 'Empowered & Effective Leadership',
      criteriaIntroduction: 'partnerships will demonstrate that they are:',
      criteria: [
        { id: 'leadership.1', number: 1, text: 'aspirational and ambitious, with a clear, shared vision.' },
        { id: 'leadership.2', number: 2, text: 'willing to make difficult choices about resources and priorities.' },
      ],
    },
    {
      id: 'communities',
      number: 3,
      title: 'Engaged Communities',
      criteriaIntroduction: 'partnerships will demonstrate that they:',
      criteria: [
        { id: 'communities.1', number: 1, text: 'engage local people.' },
        { id: 'communities.4', number: 4, text: 'work with the county council in two-tier areas.' },
        { id: 'communities.5', number: 5, text: 'tell people what they did.' },
      ],
    },
  ],
};

export const scoreOf = (criterionId: string, score: number): SavedScore => ({
  criterionId,
  score,
  evidence: null,
  evidenceLinks: [],
  rationale: 'Agreed at the board',
});

export function assessmentWith(scores: readonly SavedScore[], overrides: Partial<Assessment> = {}): Assessment {
  const applicableCriteria = ['leadership.1', 'leadership.2', 'communities.1', 'communities.5'];
  return {
    id: 'north_west-allerdale-cdrp-2011-12',
    partnershipId: 'north_west-allerdale-cdrp',
    period: '2011-12',
    frameworkVersion: '2009.1',
    status: 'OPEN',
    applicableCriteria,
    applicableCriteriaCount: applicableCriteria.length,
    scoredCount: scores.length,
    returnComments: null,
    scores,
    moderatedScores: null,
    ...overrides,
  };
}
