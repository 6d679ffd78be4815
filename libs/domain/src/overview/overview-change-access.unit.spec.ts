import type { Actor } from '../access/roles';
import { mayFollowChanges, mayHearOfChange } from './overview-change-access';

const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  username: role.toLowerCase(),
  displayName: role,
  role,
  region: null,
  partnershipId: null,
  ...scope,
});
const nora = actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' });
const liam = actor('PARTNERSHIP_LEAD', { partnershipId: 'north_west-allerdale-cdrp' });
const allerdale = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' } as const;
const wigan = { partnershipId: 'north_west-wigan-cdrp', region: 'NORTH_WEST' } as const;
const cardiff = { partnershipId: 'wales-cardiff-csp', region: 'WALES' } as const;

describe('following an overview’s changes', () => {
  it('of one region takes what seeing its overview takes', () => {
    expect(mayFollowChanges(nora, 'NORTH_WEST')).toBe(true);
    expect(mayFollowChanges(nora, 'WALES')).toBe(false);
    expect(mayFollowChanges(liam, 'NORTH_WEST')).toBe(false);
    expect(mayFollowChanges(actor('AUDITOR'), 'WALES')).toBe(true);
  });

  it('without a region is open to everyone, who then hear only of what they may see', () => {
    expect(mayFollowChanges(liam, null)).toBe(true);
    expect(mayHearOfChange(liam, allerdale, null)).toBe(true);
    expect(mayHearOfChange(liam, wigan, null)).toBe(false);
    expect(mayHearOfChange(nora, wigan, null)).toBe(true);
    expect(mayHearOfChange(nora, cardiff, null)).toBe(false);
    expect(mayHearOfChange(actor('NATIONAL'), cardiff, null)).toBe(true);
  });

  it('hears nothing of another region than the one followed', () => {
    expect(mayHearOfChange(actor('NATIONAL'), cardiff, 'NORTH_WEST')).toBe(false);
    expect(mayHearOfChange(actor('AUDITOR'), allerdale, 'NORTH_WEST')).toBe(true);
  });
});
