import type { RegionCode } from '../geography/regions';

/**
 * A community safety partnership: a CDRP or DAAT in England, a CSP in Wales.
 * Its stream holds everything that happens to it — its registration and the decisions made
 * about it (priority status, escalations, a merger); this file holds its events, state and evolve.
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

/** What every decision about a partnership records besides who made it: why, and on what evidence. */
export interface DecisionGrounds {
  readonly rationale: string;
  /** Ids of the events the decision relied on (a validated assessment, a support case), so it can be audited. */
  readonly evidence: readonly string[];
}

export interface PriorityDesignatedData extends DecisionGrounds {
  readonly partnershipId: string;
}

export interface PriorityLiftedData extends DecisionGrounds {
  readonly partnershipId: string;
}

export interface EscalatedData extends DecisionGrounds {
  readonly partnershipId: string;
  /** What the national team is asked to look at. */
  readonly concern: string;
}

export interface EscalationResolvedData extends DecisionGrounds {
  readonly partnershipId: string;
  /** What the national team did about the concern. */
  readonly resolution: string;
}

export interface PartnershipMergedData extends DecisionGrounds {
  /** The partnership that ceases to act on its own; its history stays on its stream. */
  readonly partnershipId: string;
  /** The registered partnership it merged into, which carries on. */
  readonly successorId: string;
}

export type PartnershipEvent =
  | { type: 'PartnershipRegistered'; schemaVersion: 1; data: PartnershipRegisteredData }
  | { type: 'PriorityDesignated'; schemaVersion: 1; data: PriorityDesignatedData }
  | { type: 'PriorityLifted'; schemaVersion: 1; data: PriorityLiftedData }
  | { type: 'Escalated'; schemaVersion: 1; data: EscalatedData }
  | { type: 'EscalationResolved'; schemaVersion: 1; data: EscalationResolvedData }
  | { type: 'PartnershipMerged'; schemaVersion: 1; data: PartnershipMergedData };

export interface OpenEscalation {
  readonly concern: string;
  readonly rationale: string;
}

export interface RegisteredPartnership {
  readonly status: 'registered';
  readonly partnershipId: string;
  readonly name: string;
  readonly type: PartnershipType;
  readonly region: RegionCode;
  readonly county: string | null;
  /** Null unless it is a priority partnership for support. */
  readonly priority: DecisionGrounds | null;
  /** The escalation awaiting the national team; null when none is open. */
  readonly escalation: OpenEscalation | null;
  /** The partnership it merged into; null while it acts on its own. */
  readonly mergedInto: string | null;
}

export type PartnershipState = { readonly status: 'unregistered' } | RegisteredPartnership;

export const initialPartnershipState: PartnershipState = { status: 'unregistered' };

export function evolvePartnership(state: PartnershipState, event: PartnershipEvent): PartnershipState {
  if (event.type === 'PartnershipRegistered') {
    const { partnershipId, name, type, region, county } = event.data;
    return {
      status: 'registered',
      partnershipId,
      name,
      type,
      region,
      county,
      priority: null,
      escalation: null,
      mergedInto: null,
    };
  }
  // Every decision is about a registered partnership: the deciders refuse anything else.
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'PriorityDesignated':
      return { ...state, priority: { rationale: event.data.rationale, evidence: event.data.evidence } };
    case 'PriorityLifted':
      return { ...state, priority: null };
    case 'Escalated':
      return { ...state, escalation: { concern: event.data.concern, rationale: event.data.rationale } };
    case 'EscalationResolved':
      return { ...state, escalation: null };
    case 'PartnershipMerged':
      return { ...state, mergedInto: event.data.successorId };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** One stream per partnership. */
export const partnershipStreamId = (partnershipId: string): string => `partnership-${partnershipId}`;
