import type { SupportCaseEvent, SupportDecision } from './support-case';

/** The events the support case specs build their histories from. */
export const CASE_ID = 'north_west-allerdale-cdrp-0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';
export const PARTNERSHIP_ID = 'north_west-allerdale-cdrp';
export const NEED = 'Our analysts need problem-solving skills for the ASB hotspots';

export const requested: SupportCaseEvent = {
  type: 'SupportRequested',
  schemaVersion: 1,
  data: { caseId: CASE_ID, partnershipId: PARTNERSHIP_ID, offerId: 'problem-solving-training', need: NEED },
};

export const proposed: SupportCaseEvent = {
  type: 'SupportProposed',
  schemaVersion: 1,
  data: { caseId: CASE_ID, partnershipId: PARTNERSHIP_ID, offerId: 'executive-coaching', need: NEED },
};

export const decided = (decision: SupportDecision): SupportCaseEvent => ({
  type: 'SupportDecided',
  schemaVersion: 1,
  data: { caseId: CASE_ID, decision, rationale: 'The validated assessment shows the gap', evidence: ['event-1'] },
});

export const delivered: SupportCaseEvent = {
  type: 'SupportDelivered',
  schemaVersion: 1,
  data: { caseId: CASE_ID, deliveredOn: '2009-11-02', notes: 'Two-day course' },
};
