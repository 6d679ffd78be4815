import type { RegionCode } from '../geography/regions';

/**
 * A community safety partnership: a CDRP or DAAT in England, a CSP in Wales.
 * Its stream holds everything that happens to it; this file holds its events, state and evolve.
 */
export const PARTNERSHIP_TYPES = ['CDRP', 'DAAT', 'CSP'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export interface PartnershipRegisteredData {
  readonly partnershipId: string;
  readonly name: string;
  readonly type: PartnershipType;
  readonly region: RegionCode;
  /** The county of a district in a two-tier area; null for unitary, metropolitan and London areas. */
  readonly county: string | null;
}

export type PartnershipEvent = { type: 'PartnershipRegistered'; schemaVersion: 1; data: PartnershipRegisteredData };

export type PartnershipState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      partnershipId: string;
      name: string;
      type: PartnershipType;
      region: RegionCode;
      county: string | null;
    };

export const initialPartnershipState: PartnershipState = { status: 'unregistered' };

export function evolvePartnership(state: PartnershipState, event: PartnershipEvent): PartnershipState {
  switch (event.type) {
    case 'PartnershipRegistered':
      return { status: 'registered', ...event.data };
    default: {
      const _exhaustive: never = event.type;
      return state;
    }
  }
}

/** One stream per partnership. */
export const partnershipStreamId = (partnershipId: string): string => `partnership-${partnershipId}`;
