import { partnershipIdFor, type Actor, type Role } from '@nsf/domain';

/**
 * The people the development sign-in offers: at least one per role, so every screen and every
 * refusal can be tried by hand. Partnership users belong to two demo partnerships, one in
 * England (a two-tier district) and one in Wales, so both sets of applicable criteria show up.
 */
export type DemoRole = Role;

/**
 * Shaped like the domain's Actor, so a demo user signs in as exactly what it says: a region
 * only for a coordinator, a partnership only for a lead or member (its region is the
 * partnership's own).
 */
export type DemoUser = Actor;

const ALLERDALE = partnershipIdFor('NORTH_WEST', 'Allerdale CDRP');
const CARDIFF = partnershipIdFor('WALES', 'Cardiff CSP');

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'nadia.national',
    displayName: 'Nadia Okafor',
    role: 'NATIONAL',
    region: null,
    partnershipId: null,
  },
  {
    username: 'nora.northwest',
    displayName: 'Nora Whitfield',
    role: 'REGIONAL_COORDINATOR',
    region: 'NORTH_WEST',
    partnershipId: null,
  },
  {
    username: 'gwen.wales',
    displayName: 'Gwen Davies',
    role: 'REGIONAL_COORDINATOR',
    region: 'WALES',
    partnershipId: null,
  },
  {
    username: 'liam.lead',
    displayName: 'Liam Armstrong',
    role: 'PARTNERSHIP_LEAD',
    region: null,
    partnershipId: ALLERDALE,
  },
  {
    username: 'maya.member',
    displayName: 'Maya Osborne',
    role: 'PARTNERSHIP_MEMBER',
    region: null,
    partnershipId: ALLERDALE,
  },
  {
    username: 'cerys.lead',
    displayName: 'Cerys Price',
    role: 'PARTNERSHIP_LEAD',
    region: null,
    partnershipId: CARDIFF,
  },
  {
    username: 'owen.member',
    displayName: 'Owen Rees',
    role: 'PARTNERSHIP_MEMBER',
    region: null,
    partnershipId: CARDIFF,
  },
  {
    username: 'aisha.auditor',
    displayName: 'Aisha Rahman',
    role: 'AUDITOR',
    region: null,
    partnershipId: null,
  },
];
