import type { ImprovementActionStatus } from '../improvement-action/improvement-action';
import type { OpenEscalation, PartnershipType, DecisionGrounds } from '../partnership/partnership';
import type { RegionCode } from '../geography/regions';
import type { OpenedSupportCaseStatus } from '../support/support-case';
import { assessmentScores, type AssessmentScores } from './assessment-scores';
import { replayPartnershipHistory, type HistoryEvent, type PartnershipHistory } from './partnership-history';

/**
 * One partnership on one page, as it stood at an instant: who it is, its current self-assessment
 * cycle and its last validated one, the decisions standing about it (priority, an open
 * escalation, a merger), the support still in hand and its improvement actions.
 */
export interface PartnershipView {
  readonly partnershipId: string;
  readonly name: string;
  readonly type: PartnershipType;
  readonly region: RegionCode;
  readonly county: string | null;
  /** The latest assessment opened (by period), whatever its status; null before the first. */
  readonly currentCycle: AssessmentScores | null;
  /** The latest validated assessment; null before the first validation. */
  readonly lastValidated: AssessmentScores | null;
  /** Null unless it is a priority partnership. */
  readonly priority: DecisionGrounds | null;
  readonly escalation: OpenEscalation | null;
  /** The successor it merged into; null while it acts on its own. */
  readonly mergedInto: string | null;
  /** Support requested, proposed, deferred or approved, and not yet delivered. */
  readonly openSupportCases: readonly OpenSupportCaseView[];
  /** Every improvement action, by due date. */
  readonly improvementActions: readonly ImprovementActionView[];
}

export interface OpenSupportCaseView {
  readonly caseId: string;
  readonly offerId: string;
  readonly status: OpenedSupportCaseStatus;
}

export interface ImprovementActionView {
  readonly actionId: string;
  readonly hallmarkId: string;
  readonly criterionId: string;
  readonly description: string;
  readonly owner: string;
  readonly status: ImprovementActionStatus;
  readonly dueOn: string;
}

/** Support still to be decided or delivered (as on the coordinator's overview). */
const OPEN_SUPPORT: readonly OpenedSupportCaseStatus[] = ['requested', 'proposed', 'deferred', 'approved'];

/** The view of a replayed history; null when the partnership was not registered yet. */
export function partnershipViewOf(history: PartnershipHistory): PartnershipView | null {
  const { partnership } = history;
  if (partnership.status !== 'registered') return null;
  const current = history.assessments.at(-1);
  const validated = history.assessments.filter((assessment) => assessment.status === 'validated').at(-1);
  return {
    partnershipId: partnership.partnershipId,
    name: partnership.name,
    type: partnership.type,
    region: partnership.region,
    county: partnership.county,
    currentCycle: current ? assessmentScores(current) : null,
    lastValidated: validated ? assessmentScores(validated) : null,
    priority: partnership.priority,
    escalation: partnership.escalation,
    mergedInto: partnership.mergedInto,
    openSupportCases: history.supportCases
      .filter((supportCase) => OPEN_SUPPORT.includes(supportCase.status))
      .map(({ caseId, offerId, status }) => ({ caseId, offerId, status })),
    improvementActions: history.improvementActions
      .map(({ actionId, hallmarkId, criterionId, description, owner, status, dueOn }) => ({
        actionId,
        hallmarkId,
        criterionId,
        description,
        owner,
        status,
        dueOn,
      }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.actionId.localeCompare(b.actionId)),
  };
}

/** The partnership as of `asOf`: its streams' events replayed up to that instant. */
export function partnershipViewAsOf(
  partnershipId: string,
  events: readonly HistoryEvent[],
  asOf: string,
): PartnershipView | null {
  return partnershipViewOf(replayPartnershipHistory(partnershipId, events, asOf));
}
