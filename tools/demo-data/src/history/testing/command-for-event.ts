import {
  settingOf,
  type AssessmentCommand,
  type AssessmentState,
  type ImprovementActionCommand,
  type ImprovementActionEvent,
  type PartnershipSetting,
  type AssessmentEvent,
  type PartnershipCommand,
  type PartnershipEvent,
  type PartnershipRegisteredData,
  type RegisterPartnership,
  type SupportCaseCommand,
  type SupportCaseEvent,
} from '@nsf/domain';

/**
 * The command a user would have sent to produce an event, read back from the event alone: a
 * replay decides it again on the state before the event and must get exactly that event back.
 */
export function partnershipCommandFor(event: PartnershipEvent): PartnershipCommand {
  switch (event.type) {
    case 'PartnershipRegistered':
      return registrationCommandFor(event.data);
    case 'PriorityDesignated':
      return { type: 'DesignatePriority', rationale: event.data.rationale, evidence: event.data.evidence };
    case 'PriorityLifted':
      return { type: 'LiftPriority', rationale: event.data.rationale, evidence: event.data.evidence };
    default:
      throw new Error(`the demo history records no ${event.type}, so none can be replayed`);
  }
}

export function registrationCommandFor(data: PartnershipRegisteredData): RegisterPartnership {
  return {
    type: 'RegisterPartnership',
    name: data.name,
    partnershipType: data.type,
    region: data.region,
    county: data.county,
  };
}

export function assessmentCommandFor(
  event: AssessmentEvent,
  partnership: PartnershipRegisteredData,
): AssessmentCommand {
  switch (event.type) {
    case 'AssessmentOpened':
      return {
        type: 'OpenAssessment',
        partnershipId: event.data.partnershipId,
        period: event.data.period,
        frameworkVersion: event.data.frameworkVersion,
        setting: settingOf(partnership),
      };
    case 'CriterionScored':
      return {
        type: 'ScoreCriterion',
        criterionId: event.data.criterionId,
        score: event.data.score,
        evidenceText: event.data.evidence.text,
        evidenceLinks: event.data.evidence.links,
        rationale: event.data.rationale,
      };
    case 'AssessmentSubmitted':
      return { type: 'SubmitAssessment' };
    case 'AssessmentReturned':
      return { type: 'ReturnAssessment', comments: event.data.comments };
    case 'AssessmentValidated':
      return {
        type: 'ValidateAssessment',
        moderatedScores: event.data.moderatedScores.map((m) => ({
          criterionId: m.criterionId,
          score: m.moderatedScore,
          reason: m.reason,
        })),
      };
    case 'ReviewScoresRecorded':
      return {
        type: 'RecordReviewScores',
        source: event.data.source,
        reviewer: event.data.reviewer,
        reviewedOn: event.data.reviewedOn,
        scores: event.data.scores,
      };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export function supportCommandFor(event: SupportCaseEvent): SupportCaseCommand {
  switch (event.type) {
    case 'SupportRequested':
      return { type: 'RequestSupport', ...event.data };
    case 'SupportProposed':
      return { type: 'ProposeSupport', ...event.data };
    case 'SupportDecided':
      return {
        type: 'DecideSupport',
        decision: event.data.decision,
        rationale: event.data.rationale,
        evidence: event.data.evidence,
      };
    case 'SupportDelivered':
      return { type: 'RecordSupportDelivered', deliveredOn: event.data.deliveredOn, notes: event.data.notes };
    case 'SupportOutcomeRecorded':
      // The outcome is decided on two assessments' states, which the event alone cannot give back.
      throw new Error('the demo history records no support outcomes, so none can be replayed');
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** An action's command, given the partnership's setting and a way to read the assessment it cites. */
export function actionCommandFor(
  event: ImprovementActionEvent,
  setting: PartnershipSetting,
  assessment: (assessmentId: string) => AssessmentState,
): ImprovementActionCommand {
  const none = { owner: null, dueOn: null, status: null };
  switch (event.type) {
    case 'ImprovementActionAdded':
      return {
        type: 'AddImprovementAction',
        actionId: event.data.actionId,
        partnershipId: event.data.partnershipId,
        setting,
        criterionId: event.data.criterionId,
        assessmentId: event.data.assessmentId,
        assessment: event.data.assessmentId ? assessment(event.data.assessmentId) : { status: 'not_opened' },
        description: event.data.description,
        owner: event.data.owner,
        dueOn: event.data.dueOn,
      };
    case 'ImprovementActionStatusChanged':
      return { type: 'UpdateImprovementAction', ...none, status: event.data.status, note: event.data.note };
    default:
      throw new Error(`the demo history records no ${event.type}, so none can be replayed`);
  }
}
