import { mayModerate, type AssessedPartnership } from '../assessment/moderation-access';
import { mayViewAssessment } from '../assessment/assessment-view-access';
import { maySelfAssess } from '../assessment/self-assessment-access';
import { mayManageSupport, mayRequestSupport } from '../support/support-access';
import { permissionsOf } from './actor-permissions';
import type { Actor } from './roles';

const allerdale: AssessedPartnership = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' };
const cardiff: AssessedPartnership = { partnershipId: 'wales-cardiff-csp', region: 'WALES' };

const actors: Actor[] = [
  { username: 'nadia.national', displayName: 'Nadia', role: 'NATIONAL', region: null, partnershipId: null },
  {
    username: 'nora.northwest',
    displayName: 'Nora',
    role: 'REGIONAL_COORDINATOR',
    region: 'NORTH_WEST',
    partnershipId: null,
  },
  {
    username: 'liam.lead',
    displayName: 'Liam',
    role: 'PARTNERSHIP_LEAD',
    region: null,
    partnershipId: allerdale.partnershipId,
  },
  {
    username: 'maya.member',
    displayName: 'Maya',
    role: 'PARTNERSHIP_MEMBER',
    region: null,
    partnershipId: allerdale.partnershipId,
  },
  { username: 'aisha.auditor', displayName: 'Aisha', role: 'AUDITOR', region: null, partnershipId: null },
  {
    username: 'rhys.auditor',
    displayName: 'Rhys',
    role: 'AUDITOR',
    region: null,
    partnershipId: null,
    auditedRegions: ['NORTH_WEST', 'LONDON'],
  },
];

const says = (actor: Actor, start: string) => permissionsOf(actor).some((sentence) => sentence.startsWith(start));
const saysAny = (actor: Actor) => permissionsOf(actor).some((sentence) => /any partnership|every/.test(sentence));

describe('what an actor may do, in words', () => {
  describe.each(actors)('for $username', (actor) => {
    it('mentions seeing assessments exactly when the rules let them see one', () => {
      expect(says(actor, 'See')).toBe(mayViewAssessment(actor, allerdale));
    });

    it('mentions moderating exactly when the rules let them moderate', () => {
      expect(says(actor, 'Validate or return')).toBe(mayModerate(actor, allerdale));
    });

    it('mentions self-assessing exactly when the rules let them self-assess', () => {
      expect(says(actor, 'Open, score and submit')).toBe(maySelfAssess(actor, allerdale.partnershipId));
    });

    it('mentions support exactly as the rules allow it', () => {
      expect(says(actor, 'Request support')).toBe(mayRequestSupport(actor, allerdale.partnershipId));
      expect(says(actor, 'Propose and decide support')).toBe(mayManageSupport(actor, allerdale));
    });

    it('claims reach beyond its own scope only when the rules give it', () => {
      expect(saysAny(actor)).toBe(mayViewAssessment(actor, cardiff));
    });
  });

  it('names the coordinator’s region and the partnership', () => {
    expect(permissionsOf(actors[1])).toContain('Validate or return the assessments of partnerships in North West.');
    expect(permissionsOf(actors[2])[0]).toBe('See the assessments of your partnership (north_west-allerdale-cdrp).');
    expect(permissionsOf(actors[5])).toEqual([
      'See the assessments and decision history of partnerships in North West and London, without changing anything.',
    ]);
  });
});
