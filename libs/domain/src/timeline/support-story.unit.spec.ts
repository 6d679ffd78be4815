import { CASE_ID, storyEvent, supportRequest } from './story.fixtures';
import { tellStory } from './tell-story';

describe('the support case’s story', () => {
  it('tells a request with the offer’s title and the partnership’s need', () => {
    expect(tellStory(storyEvent(supportRequest.type, supportRequest.data))).toEqual({
      title: 'Support requested: ‘Problem-solving training for partnership analysts’',
      description:
        'Liam Lead requested ‘Problem-solving training for partnership analysts’ for this need: Our analysts cannot yet work the ASB hotspots.',
      reason: null,
    });
  });

  it('tells a proposal of universal support without a need', () => {
    const proposed = storyEvent(
      'SupportProposed',
      { ...supportRequest.data, offerId: 'induction-information', need: '' },
      { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR' },
    );
    expect(tellStory(proposed).description).toBe('Nora Northwest proposed ‘Induction information for new partners’.');
  });

  it.each([
    ['APPROVED', 'approved'],
    ['DECLINED', 'declined'],
    ['DEFERRED', 'deferred'],
  ])('tells a decision (%s) with its rationale and the offer the case opened with', (decision, verb) => {
    const decided = storyEvent(
      'SupportDecided',
      { caseId: CASE_ID, decision, rationale: 'The validated assessment shows the gap', evidence: ['e-1', 'e-2'] },
      { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR', opening: supportRequest },
    );
    expect(tellStory(decided)).toEqual({
      title: `Support ${verb}: ‘Problem-solving training for partnership analysts’`,
      description: `Nora Northwest ${verb} ‘Problem-solving training for partnership analysts’: The validated assessment shows the gap. The decision relied on 2 recorded events.`,
      reason: 'The validated assessment shows the gap',
    });
  });

  it('tells a delivery with its date in words and the notes', () => {
    const delivered = storyEvent(
      'SupportDelivered',
      { caseId: CASE_ID, deliveredOn: '2009-11-02', notes: 'Two-day course' },
      { actor: 'nora.northwest', actorRole: 'REGIONAL_COORDINATOR', opening: supportRequest },
    );
    expect(tellStory(delivered)).toMatchObject({
      title: 'Support delivered: ‘Problem-solving training for partnership analysts’',
      description:
        'Nora Northwest recorded ‘Problem-solving training for partnership analysts’ as delivered on 2 November 2009: Two-day course.',
    });
  });

  it('speaks of “the support” when the case’s opening is not at hand', () => {
    const delivered = storyEvent('SupportDelivered', { caseId: CASE_ID, deliveredOn: '2009-11-02', notes: '' });
    expect(tellStory(delivered).description).toBe('Liam Lead recorded the support as delivered on 2 November 2009.');
  });
});
