/**
 * A partnership's case for one piece of support: requested by the partnership or proposed by its
 * coordinator, then decided (approved, declined or deferred, with the rationale and the events it
 * relied on), and once approved, delivered. Declined and delivered cases are closed to further
 * decisions; a delivered one gets its outcome recorded once, against a later validated assessment
 * (did the scores move?). This file holds its events, state and evolve.
 */

export interface SupportRequestedData {
  readonly caseId: string;
  readonly partnershipId: string;
  readonly offerId: string;
  /** What the partnership wants to address; may be empty for universal support. */
  readonly need: string;
}

/** Same shape as a request: only who raised the case differs, which the event type records. */
export type SupportProposedData = SupportRequestedData;

export type SupportDecision = 'APPROVED' | 'DECLINED' | 'DEFERRED';

export interface SupportDecidedData {
  readonly caseId: string;
  readonly decision: SupportDecision;
  readonly rationale: string;
  /** Ids of the events the decision relied on, e.g. a validated assessment's, so it can be audited. */
  readonly evidence: readonly string[];
}

export interface SupportDeliveredData {
  readonly caseId: string;
  /** A calendar date, YYYY-MM-DD. */
  readonly deliveredOn: string;
  readonly notes: string;
}

/** How a hallmark's average level moved from the baseline assessment to the later one. */
export type ScoreMovement = 'IMPROVED' | 'UNCHANGED' | 'DECLINED' | 'NO_BASELINE';

export interface HallmarkMovement {
  readonly hallmarkId: string;
  /** The hallmark's average effective level in the baseline assessment; null without one. */
  readonly before: number | null;
  /** Its average effective level in the later assessment. */
  readonly after: number;
  readonly movement: ScoreMovement;
}

export interface SupportOutcomeRecordedData {
  readonly caseId: string;
  /** The later validated assessment the outcome is read from. */
  readonly assessmentId: string;
  /** The partnership's validated assessment of the period before; null when there is none. */
  readonly baselineAssessmentId: string | null;
  /** One per hallmark the offer serves, in framework order. */
  readonly hallmarks: readonly HallmarkMovement[];
  readonly notes: string;
}

export type SupportCaseEvent =
  | { type: 'SupportRequested'; schemaVersion: 1; data: SupportRequestedData }
  | { type: 'SupportProposed'; schemaVersion: 1; data: SupportProposedData }
  | { type: 'SupportDecided'; schemaVersion: 1; data: SupportDecidedData }
  | { type: 'SupportDelivered'; schemaVersion: 1; data: SupportDeliveredData }
  | { type: 'SupportOutcomeRecorded'; schemaVersion: 1; data: SupportOutcomeRecordedData };

export type OpenedSupportCaseStatus = 'requested' | 'proposed' | 'approved' | 'declined' | 'deferred' | 'delivered';

export interface OpenedSupportCase {
  readonly status: OpenedSupportCaseStatus;
  readonly caseId: string;
  readonly partnershipId: string;
  readonly offerId: string;
  readonly need: string;
  /** The latest decision; null until decided. */
  readonly decision: Omit<SupportDecidedData, 'caseId'> | null;
  /** Null until delivered. */
  readonly delivery: Omit<SupportDeliveredData, 'caseId'> | null;
  /** Null until the outcome of delivered support is recorded. */
  readonly outcome: Omit<SupportOutcomeRecordedData, 'caseId'> | null;
}

export type SupportCaseState = { readonly status: 'none' } | OpenedSupportCase;

export const initialSupportCaseState: SupportCaseState = { status: 'none' };

const STATUS_AFTER: Record<SupportDecision, OpenedSupportCaseStatus> = {
  APPROVED: 'approved',
  DECLINED: 'declined',
  DEFERRED: 'deferred',
};

export function evolveSupportCase(state: SupportCaseState, event: SupportCaseEvent): SupportCaseState {
  switch (event.type) {
    case 'SupportRequested':
      return { status: 'requested', ...event.data, decision: null, delivery: null, outcome: null };
    case 'SupportProposed':
      return { status: 'proposed', ...event.data, decision: null, delivery: null, outcome: null };
    case 'SupportDecided': {
      if (state.status === 'none') return state;
      const { decision, rationale, evidence } = event.data;
      return { ...state, status: STATUS_AFTER[decision], decision: { decision, rationale, evidence } };
    }
    case 'SupportDelivered': {
      if (state.status === 'none') return state;
      const { deliveredOn, notes } = event.data;
      return { ...state, status: 'delivered', delivery: { deliveredOn, notes } };
    }
    case 'SupportOutcomeRecorded': {
      if (state.status === 'none') return state;
      const { assessmentId, baselineAssessmentId, hallmarks, notes } = event.data;
      return { ...state, outcome: { assessmentId, baselineAssessmentId, hallmarks, notes } };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
