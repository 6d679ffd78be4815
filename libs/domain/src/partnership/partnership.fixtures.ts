import {
  evolvePartnership,
  initialPartnershipState,
  type PartnershipEvent,
  type PartnershipRegisteredData,
  type PartnershipState,
} from './partnership';

/** The events the partnership decision specs build their histories from. */
export const ALLERDALE = 'north_west-allerdale-cdrp';
export const COPELAND = 'north_west-copeland-cdrp';
export const CARDIFF = 'wales-cardiff-csp';
export const RATIONALE = 'Two validated assessments in a row show the same gaps';
export const EVIDENCE = ['event-1', 'event-2'];

const registered = (data: PartnershipRegisteredData): PartnershipEvent => ({
  type: 'PartnershipRegistered',
  schemaVersion: 1,
  data,
});

export const allerdaleRegistered = registered({
  partnershipId: ALLERDALE,
  name: 'Allerdale CDRP',
  type: 'CDRP',
  region: 'NORTH_WEST',
  county: 'Cumbria',
});

export const copelandRegistered = registered({
  partnershipId: COPELAND,
  name: 'Copeland CDRP',
  type: 'CDRP',
  region: 'NORTH_WEST',
  county: 'Cumbria',
});

export const cardiffRegistered = registered({
  partnershipId: CARDIFF,
  name: 'Cardiff CSP',
  type: 'CSP',
  region: 'WALES',
  county: null,
});

export const priorityDesignated: PartnershipEvent = {
  type: 'PriorityDesignated',
  schemaVersion: 1,
  data: { partnershipId: ALLERDALE, rationale: RATIONALE, evidence: EVIDENCE },
};

export const priorityLifted: PartnershipEvent = {
  type: 'PriorityLifted',
  schemaVersion: 1,
  data: { partnershipId: ALLERDALE, rationale: 'The last assessment shows the gaps closed', evidence: [] },
};

export const CONCERN = 'The partnership board has not met for six months';

export const escalated: PartnershipEvent = {
  type: 'Escalated',
  schemaVersion: 1,
  data: { partnershipId: ALLERDALE, concern: CONCERN, rationale: RATIONALE, evidence: EVIDENCE },
};

export const escalationResolved: PartnershipEvent = {
  type: 'EscalationResolved',
  schemaVersion: 1,
  data: {
    partnershipId: ALLERDALE,
    resolution: 'The chief executives agreed a new chair',
    rationale: 'The board has met twice since',
    evidence: [],
  },
};

export const mergedInto = (successorId: string, partnershipId = ALLERDALE): PartnershipEvent => ({
  type: 'PartnershipMerged',
  schemaVersion: 1,
  data: { partnershipId, successorId, rationale: 'One delivery structure for west Cumbria', evidence: [] },
});

/** A partnership's state after its events, as the handler reads a successor's stream. */
export const stateAfter = (...events: PartnershipEvent[]): PartnershipState =>
  events.reduce(evolvePartnership, initialPartnershipState);
