import { storyEvent } from './story.fixtures';
import { tellStory } from './tell-story';

describe('the partnership’s story', () => {
  it('tells a registration with the partnership’s name, type and place', () => {
    const registered = storyEvent(
      'PartnershipRegistered',
      {
        partnershipId: 'north_west-allerdale-cdrp',
        name: 'Allerdale CDRP',
        type: 'CDRP',
        region: 'NORTH_WEST',
        county: 'Cumbria',
      },
      { actor: 'system:demo-data', actorRole: 'NATIONAL' },
    );
    expect(tellStory(registered)).toEqual({
      title: 'Partnership registered',
      description: 'The platform (demo data) registered Allerdale CDRP, a CDRP in Cumbria, North West.',
      reason: null,
    });
  });

  it('names a unitary partnership by its region alone, and a person by their username', () => {
    const registered = storyEvent(
      'PartnershipRegistered',
      { partnershipId: 'wales-cardiff-csp', name: 'Cardiff CSP', type: 'CSP', region: 'WALES', county: null },
      { actor: 'nadia.national', reason: 'Joined the framework in its first year' },
    );
    expect(tellStory(registered)).toEqual({
      title: 'Partnership registered',
      description: 'Nadia National registered Cardiff CSP, a CSP in Wales.',
      reason: 'Joined the framework in its first year',
    });
  });
});
