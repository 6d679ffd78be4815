import type { Actor, Role } from '../access/roles';
import { mayManageImprovementActions, mayViewImprovementActions } from './improvement-action-access';

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' as const };

const actor = (role: Role, scope: Partial<Actor> = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: null,
  partnershipId: null,
  ...scope,
});

const ownLead = actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId });
const ownMember = actor('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.partnershipId });
const otherLead = actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' });
const otherMember = actor('PARTNERSHIP_MEMBER', { partnershipId: 'wales-cardiff-csp' });
const regionCoordinator = actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' });
const otherCoordinator = actor('REGIONAL_COORDINATOR', { region: 'WALES' });
const national = actor('NATIONAL');
const auditor = actor('AUDITOR');

describe('who may act on a partnership’s improvement actions', () => {
  it.each([
    ['its lead', ownLead],
    ['its member', ownMember],
    ['its region’s coordinator', regionCoordinator],
    ['the national team', national],
  ])('lets %s add and update them', (_who, someone) => {
    expect(mayManageImprovementActions(someone, ALLERDALE)).toBe(true);
  });

  it.each([
    ['another partnership’s lead', otherLead],
    ['another partnership’s member', otherMember],
    ['another region’s coordinator', otherCoordinator],
    ['an auditor', auditor],
  ])('never lets %s add or update them', (_who, someone) => {
    expect(mayManageImprovementActions(someone, ALLERDALE)).toBe(false);
  });

  it('lets auditors read them, and still nobody from another partnership or region', () => {
    expect(mayViewImprovementActions(auditor, ALLERDALE)).toBe(true);
    expect(mayViewImprovementActions(ownMember, ALLERDALE)).toBe(true);
    expect(mayViewImprovementActions(regionCoordinator, ALLERDALE)).toBe(true);
    expect(mayViewImprovementActions(otherLead, ALLERDALE)).toBe(false);
    expect(mayViewImprovementActions(otherCoordinator, ALLERDALE)).toBe(false);
  });
});
