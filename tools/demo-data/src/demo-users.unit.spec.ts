import { ROLES, partnershipIdFor } from '@nsf/domain';
import { DEMO_PARTNERSHIPS_2009 } from './demo-partnerships-2009';
import { DEMO_USERS } from './demo-users';

const partnershipIds = new Set(DEMO_PARTNERSHIPS_2009.map((p) => partnershipIdFor(p.region, p.name)));

describe('the demo users', () => {
  it('offer at least one user for every role', () => {
    expect(ROLES.filter((role) => !DEMO_USERS.some((user) => user.role === role))).toEqual([]);
  });

  it('have unique lower-case dotted usernames', () => {
    const usernames = DEMO_USERS.map((user) => user.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const username of usernames) expect(username).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('include coordinators for the North West and for Wales, and nobody else has a region', () => {
    const coordinated = DEMO_USERS.filter((user) => user.role === 'REGIONAL_COORDINATOR').map((user) => user.region);
    expect(coordinated).toEqual(expect.arrayContaining(['NORTH_WEST', 'WALES']));
    expect(DEMO_USERS.filter((user) => user.role !== 'REGIONAL_COORDINATOR' && user.region !== null)).toEqual([]);
  });

  it('give every lead and member a partnership that exists in the demo list, and nobody else one', () => {
    const ofPartnerships = DEMO_USERS.filter((u) => u.role === 'PARTNERSHIP_LEAD' || u.role === 'PARTNERSHIP_MEMBER');
    expect(ofPartnerships.length).toBeGreaterThanOrEqual(4);
    for (const user of ofPartnerships) {
      expect(user.partnershipId).not.toBeNull();
      expect(partnershipIds.has(user.partnershipId ?? '')).toBe(true);
    }
    expect(DEMO_USERS.filter((user) => !ofPartnerships.includes(user) && user.partnershipId !== null)).toEqual([]);
  });

  it('give each of the two demo partnerships both a lead and a member', () => {
    const byPartnership = new Map<string, string[]>();
    for (const user of DEMO_USERS) {
      if (user.partnershipId)
        byPartnership.set(user.partnershipId, [...(byPartnership.get(user.partnershipId) ?? []), user.role]);
    }
    expect([...byPartnership.keys()].sort()).toEqual(['north_west-allerdale-cdrp', 'wales-cardiff-csp']);
    for (const roles of byPartnership.values()) {
      expect(roles.sort()).toEqual(['PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER']);
    }
  });
});
