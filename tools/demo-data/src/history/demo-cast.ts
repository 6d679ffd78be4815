import type { Actor, RegionCode } from '@nsf/domain';
import { DEMO_USERS } from '../demo-users';

/**
 * Who acts in a partnership's demo history: its lead and a member, who self-assess and ask for
 * support, and its region's coordinator, who moderates and decides support. Where the sign-in
 * offers a demo user for that place (liam.lead and maya.member of Allerdale, nora.northwest for
 * the North West …) the history is theirs, so a user signing in sees their own past decisions;
 * everyone else gets a stable made-up name: `demo:<partnership>:lead`, `demo:<region>:coordinator`.
 */
export interface DemoCast {
  readonly lead: Actor;
  readonly member: Actor;
  readonly coordinator: Actor;
}

export function castOf(partnership: { readonly partnershipId: string; readonly region: RegionCode }): DemoCast {
  const { partnershipId, region } = partnership;
  const own = (role: Actor['role']) =>
    DEMO_USERS.find((user) => user.role === role && user.partnershipId === partnershipId);
  return {
    lead: own('PARTNERSHIP_LEAD') ?? partnershipActor(partnershipId, 'lead', 'PARTNERSHIP_LEAD'),
    member: own('PARTNERSHIP_MEMBER') ?? partnershipActor(partnershipId, 'member', 'PARTNERSHIP_MEMBER'),
    coordinator: coordinatorOf(region),
  };
}

export function coordinatorOf(region: RegionCode): Actor {
  const demoUser = DEMO_USERS.find((user) => user.role === 'REGIONAL_COORDINATOR' && user.region === region);
  return (
    demoUser ?? {
      username: `demo:${region.toLowerCase()}:coordinator`,
      displayName: `Coordinator, ${region}`,
      role: 'REGIONAL_COORDINATOR',
      region,
      partnershipId: null,
    }
  );
}

function partnershipActor(partnershipId: string, part: 'lead' | 'member', role: Actor['role']): Actor {
  return {
    username: `demo:${partnershipId}:${part}`,
    displayName: `${part === 'lead' ? 'Lead' : 'Member'}, ${partnershipId}`,
    role,
    region: null,
    partnershipId,
  };
}
