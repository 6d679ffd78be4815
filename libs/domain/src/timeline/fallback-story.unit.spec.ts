import { storyEvent } from './story.fixtures';
import { tellStory } from './tell-story';

/** Event types other capabilities are adding: the timeline must tell them before it learns them. */
describe('the story of an event no family knows', () => {
  const coordinator = { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR' };

  it('titles it from its type and tells its fields, leaving identifiers out', () => {
    const designated = storyEvent(
      'PriorityDesignated',
      {
        partnershipId: 'north_west-allerdale-cdrp',
        rationale: 'Two hallmarks not yet in place',
        reviewBy: '2010-03-31',
        evidence: ['e-1'],
        evidenceIds: ['e-1'],
      },
      coordinator,
    );
    expect(tellStory(designated)).toEqual({
      title: 'Priority designated',
      description:
        'Priority designated by Nora Northwest. Rationale: Two hallmarks not yet in place. Review by: 31 March 2010. Evidence: e-1.',
      reason: 'Two hallmarks not yet in place',
    });
  });

  it('prefers the envelope’s reason, and names criteria and scores as the framework does', () => {
    const recorded = storyEvent(
      'ReviewScoresRecorded',
      {
        reviewId: 'r-1',
        criterionId: 'leadership.2',
        score: 2,
        scores: [
          { criterionId: 'leadership.1', score: 2 },
          { criterionId: 'leadership.2', score: 3 },
        ],
        peerReview: true,
      },
      { actor: 'nadia.national', actorRole: 'NATIONAL', reason: 'Diagnostic review of March 2010' },
    );
    expect(tellStory(recorded)).toEqual({
      title: 'Review scores recorded',
      description:
        'Review scores recorded by Nadia National. Criterion id: ‘Leadership 1.2’. Score: 2 — Developing. Scores: 2 entries. Peer review: yes.',
      reason: 'Diagnostic review of March 2010',
    });
  });

  it.each([
    ['PriorityLifted', 'Priority lifted by Nora Northwest.'],
    ['Escalated', 'Escalated by Nora Northwest. Level: 2. Reason: No progress since the return.'],
    ['EscalationResolved', 'Escalation resolved by Nora Northwest. Resolution: Action plan agreed.'],
    ['PartnershipMerged', 'Partnership merged by Nora Northwest. Name: Allerdale and Copeland CDRP.'],
    ['SupportOutcomeRecorded', 'Support outcome recorded by Nora Northwest. Outcome: Scores moved on two criteria.'],
    [
      'ImprovementActionAgreed',
      'Improvement action agreed by Nora Northwest. Action: Share ASB data weekly. Owner: Police analyst. Due on: 1 June 2010.',
    ],
  ])('tells %s sensibly', (type, description) => {
    const data: Record<string, Record<string, unknown>> = {
      PriorityLifted: { partnershipId: 'p' },
      Escalated: { partnershipId: 'p', level: 2, reason: 'No progress since the return' },
      EscalationResolved: { escalationId: 'x', resolution: 'Action plan agreed' },
      PartnershipMerged: { partnershipId: 'p', mergedIntoId: 'q', name: 'Allerdale and Copeland CDRP' },
      SupportOutcomeRecorded: { caseId: 'c', outcome: 'Scores moved on two criteria' },
      ImprovementActionAgreed: {
        actionId: 'a',
        action: 'Share ASB data weekly',
        owner: 'Police analyst',
        dueOn: '2010-06-01',
      },
    };
    expect(tellStory(storyEvent(type, data[type], coordinator)).description).toBe(description);
  });

  it('tells an event whose data is not an object by its type and actor alone', () => {
    expect(tellStory(storyEvent('DemoDataSeeded', null, { actor: 'system:demo-data' }))).toEqual({
      title: 'Demo data seeded',
      description: 'Demo data seeded by The platform (demo data).',
      reason: null,
    });
  });
});
