import type { Framework } from '../framework/framework';
import type { SupportOffer } from './support-catalogue';
import type { OpenedSupportCaseStatus } from './support-case';

/**
 * The support pipeline of a region: its cases grouped by where they stand. The stages follow the
 * way a case moves — raised (requested by the partnership or proposed by its coordinator), put off
 * to be decided again, approved and waiting for delivery, delivered — with declined cases last,
 * as closed without support.
 */
export const SUPPORT_PIPELINE_STAGES: readonly OpenedSupportCaseStatus[] = [
  'requested',
  'proposed',
  'deferred',
  'approved',
  'delivered',
  'declined',
];

export interface PipelineCase {
  readonly caseId: string;
  readonly status: OpenedSupportCaseStatus;
  /** ISO instant the case entered its status. */
  readonly statusSince: string;
}

export interface PipelineStage<Case extends PipelineCase> {
  readonly status: OpenedSupportCaseStatus;
  /** Longest in the stage first: the case that has waited longest is the one to act on. */
  readonly cases: readonly Case[];
}

/** Every stage, empty ones too, so a count of nought is said rather than left out. */
export function supportPipelineStages<Case extends PipelineCase>(cases: readonly Case[]): PipelineStage<Case>[] {
  return SUPPORT_PIPELINE_STAGES.map((status) => ({
    status,
    cases: cases
      .filter((supportCase) => supportCase.status === status)
      .sort(
        (a, b) =>
          Date.parse(a.statusSince) - Date.parse(b.statusSince) ||
          (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
      ),
  }));
}

/**
 * The hallmarks an offer serves: those it is linked to, or — linked to none — every hallmark,
 * since it serves partnership working as a whole (as its outcome reads them, support-outcome.ts).
 */
export function hallmarksServedBy(offer: SupportOffer, framework: Framework): readonly string[] {
  return offer.hallmarkIds.length > 0
    ? framework.hallmarks.filter((hallmark) => offer.hallmarkIds.includes(hallmark.id)).map((hallmark) => hallmark.id)
    : framework.hallmarks.map((hallmark) => hallmark.id);
}
