import { ASSESSMENT_ID, assessmentOpening, storyEvent } from './story.fixtures';
import { tellStory } from './tell-story';

describe('the assessment’s story', () => {
  it('tells the opening with its period, edition and how many criteria there are to score', () => {
    expect(tellStory(storyEvent(assessmentOpening.type, assessmentOpening.data))).toEqual({
      title: 'Assessment 2009-10 opened',
      description: 'Liam Lead opened the 2009-10 self-assessment against framework 2009.1, with 3 criteria to score.',
      reason: null,
    });
  });

  describe('when a criterion is scored', () => {
    const scored = (previousScore: number | null) =>
      storyEvent(
        'CriterionScored',
        {
          assessmentId: ASSESSMENT_ID,
          criterionId: 'leadership.2',
          previousScore,
          score: 3,
          evidence: { text: 'Board minutes', links: [] },
          rationale: 'The board now agrees its priorities every quarter',
        },
        { opening: assessmentOpening },
      );

    it('names the criterion as the framework numbers it and the score with its label', () => {
      expect(tellStory(scored(null))).toEqual({
        title: 'Assessment 2009-10: ‘Leadership 1.2’ scored',
        description:
          'Liam Lead scored ‘Leadership 1.2’ 3 — Established: The board now agrees its priorities every quarter.',
        reason: 'The board now agrees its priorities every quarter',
      });
    });

    it('says which score a revision replaces', () => {
      expect(tellStory(scored(2)).description).toBe(
        'Liam Lead scored ‘Leadership 1.2’ 3 — Established (was 2): The board now agrees its priorities every quarter.',
      );
    });
  });

  it('tells a submission with the period from the assessment’s opening', () => {
    const submitted = storyEvent(
      'AssessmentSubmitted',
      { assessmentId: ASSESSMENT_ID, scoredCriteria: 1 },
      { opening: assessmentOpening },
    );
    expect(tellStory(submitted)).toEqual({
      title: 'Assessment 2009-10 submitted',
      description: 'Liam Lead submitted the 2009-10 self-assessment with 1 criterion scored.',
      reason: null,
    });
  });

  it('still names the period when the opening is not at hand, from the assessment id', () => {
    const submitted = storyEvent('AssessmentSubmitted', { assessmentId: ASSESSMENT_ID, scoredCriteria: 43 });
    expect(tellStory(submitted).title).toBe('Assessment 2009-10 submitted');
  });

  it('tells a return with the coordinator’s comments as its reason', () => {
    const returned = storyEvent(
      'AssessmentReturned',
      { assessmentId: ASSESSMENT_ID, comments: 'Add evidence for the intelligence criteria' },
      { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR', opening: assessmentOpening },
    );
    expect(tellStory(returned)).toEqual({
      title: 'Assessment 2009-10 returned for revision',
      description:
        'Nora Northwest returned the 2009-10 self-assessment for revision: Add evidence for the intelligence criteria.',
      reason: 'Add evidence for the intelligence criteria',
    });
  });

  describe('when it is validated', () => {
    const validated = (moderatedScores: unknown[]) =>
      storyEvent(
        'AssessmentValidated',
        { assessmentId: ASSESSMENT_ID, moderatedScores },
        { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR', opening: assessmentOpening },
      );

    it('says every self-score was accepted when none was moderated', () => {
      expect(tellStory(validated([]))).toMatchObject({
        title: 'Assessment 2009-10 validated',
        description: 'Nora Northwest validated the 2009-10 self-assessment, accepting every self-score.',
      });
    });

    it('lists each moderated score with the self-score, the moderated one and why', () => {
      const story = tellStory(
        validated([
          { criterionId: 'leadership.1', selfScore: 4, moderatedScore: 3, reason: 'No external evidence yet' },
          { criterionId: 'intelligence.1', selfScore: 1, moderatedScore: 2, reason: 'The strategic assessment exists' },
        ]),
      );
      expect(story.description).toBe(
        'Nora Northwest validated the 2009-10 self-assessment, moderating 2 scores: ' +
          '‘Leadership 1.1’ from 4 — Excelling to 3 — Established (No external evidence yet); ' +
          '‘Intelligence 2.1’ from 1 — Not yet in place to 2 — Developing (The strategic assessment exists).',
      );
    });
  });

  it('leaves a schema version it has not learnt to the fallback', () => {
    const v2 = storyEvent(
      'AssessmentSubmitted',
      { assessmentId: ASSESSMENT_ID, scoredCriteria: 43 },
      { schemaVersion: 2 },
    );
    expect(tellStory(v2)).toEqual({
      title: 'Assessment submitted',
      description: 'Assessment submitted by Liam Lead. Scored criteria: 43.',
      reason: null,
    });
  });
});
