import {
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type AssessmentState,
  type OpenedAssessment,
} from '../assessment/assessment';
import {
  evolveImprovementAction,
  initialImprovementActionState,
  type AddedImprovementAction,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from '../improvement-action/improvement-action';
import {
  evolvePartnership,
  initialPartnershipState,
  partnershipStreamId,
  type PartnershipEvent,
  type PartnershipState,
} from '../partnership/partnership';
import {
  evolveSupportCase,
  initialSupportCaseState,
  type OpenedSupportCase,
  type SupportCaseEvent,
  type SupportCaseState,
} from '../support/support-case';

/**
 * A partnership's history replayed up to an instant: every stream whose tenant it is (its own,
 * its assessments, support cases and improvement actions) folded with each aggregate's own
 * evolve, keeping only the events that had occurred by then (business time). Because the views
 * are built from this fold and nothing else, "as of T" equals a replay of the events up to T by
 * construction.
 */
export interface HistoryEvent {
  readonly streamId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Business time, ISO-8601. */
  readonly occurredAt: string;
  readonly data: unknown;
}

export interface PartnershipHistory {
  readonly partnership: PartnershipState;
  /** By period, oldest first. */
  readonly assessments: readonly OpenedAssessment[];
  /** In the order each was raised. */
  readonly supportCases: readonly OpenedSupportCase[];
  /** In the order each was added. */
  readonly improvementActions: readonly AddedImprovementAction[];
}

// Records over each union's types, so a new event type fails to compile until it is routed here.
const ASSESSMENT_EVENTS: Record<AssessmentEvent['type'], true> = {
  AssessmentOpened: true,
  CriterionScored: true,
  AssessmentSubmitted: true,
  AssessmentReturned: true,
  AssessmentValidated: true,
  ReviewScoresRecorded: true,
};
const SUPPORT_EVENTS: Record<SupportCaseEvent['type'], true> = {
  SupportRequested: true,
  SupportProposed: true,
  SupportDecided: true,
  SupportDelivered: true,
  SupportOutcomeRecorded: true,
};
const ACTION_EVENTS: Record<ImprovementActionEvent['type'], true> = {
  ImprovementActionAdded: true,
  ImprovementActionReassigned: true,
  ImprovementActionRescheduled: true,
  ImprovementActionStatusChanged: true,
};
const PARTNERSHIP_EVENTS: Record<PartnershipEvent['type'], true> = {
  PartnershipRegistered: true,
  PriorityDesignated: true,
  PriorityLifted: true,
  Escalated: true,
  EscalationResolved: true,
  PartnershipMerged: true,
};

const isOf = <Event>(types: Record<string, true>, event: HistoryEvent): event is HistoryEvent & Event =>
  Object.prototype.hasOwnProperty.call(types, event.type);

/**
 * Folds the events that occurred at or before `asOf`. Each stream's events must come in revision
 * order; streams may be interleaved in any order, since each aggregate folds only its own stream.
 * Events of no aggregate named here (e.g. an auditor's read) are left out.
 */
export function replayPartnershipHistory(
  partnershipId: string,
  events: readonly HistoryEvent[],
  asOf: string,
): PartnershipHistory {
  const until = Date.parse(asOf);
  const ownStream = partnershipStreamId(partnershipId);
  let partnership: PartnershipState = initialPartnershipState;
  const assessments = new Map<string, AssessmentState>();
  const supportCases = new Map<string, SupportCaseState>();
  const actions = new Map<string, ImprovementActionState>();

  for (const event of events) {
    if (Date.parse(event.occurredAt) > until) continue;
    const domainEvent = { type: event.type, schemaVersion: event.schemaVersion, data: event.data };
    if (event.streamId === ownStream) {
      if (isOf<PartnershipEvent>(PARTNERSHIP_EVENTS, event)) {
        partnership = evolvePartnership(partnership, domainEvent as PartnershipEvent);
      }
    } else if (isOf<AssessmentEvent>(ASSESSMENT_EVENTS, event)) {
      const state = assessments.get(event.streamId) ?? initialAssessmentState;
      assessments.set(event.streamId, evolveAssessment(state, domainEvent as AssessmentEvent));
    } else if (isOf<SupportCaseEvent>(SUPPORT_EVENTS, event)) {
      const state = supportCases.get(event.streamId) ?? initialSupportCaseState;
      supportCases.set(event.streamId, evolveSupportCase(state, domainEvent as SupportCaseEvent));
    } else if (isOf<ImprovementActionEvent>(ACTION_EVENTS, event)) {
      const state = actions.get(event.streamId) ?? initialImprovementActionState;
      actions.set(event.streamId, evolveImprovementAction(state, domainEvent as ImprovementActionEvent));
    }
  }

  return {
    partnership,
    assessments: [...assessments.values()]
      .filter((state): state is OpenedAssessment => state.status !== 'not_opened')
      .sort((a, b) => a.period.localeCompare(b.period)),
    supportCases: [...supportCases.values()].filter((state): state is OpenedSupportCase => state.status !== 'none'),
    improvementActions: [...actions.values()].filter(
      (state): state is AddedImprovementAction => state.status !== 'none',
    ),
  };
}
