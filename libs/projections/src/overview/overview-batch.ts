/**
 * A batch of events folded into the overview's new rows, in memory and without SQL, so the
 * projection writes each table in one statement. Everything but the hallmark levels is a row per
 * event; the levels of an assessment validated in the batch are averaged from its scores as they
 * stood at the validation: the scores the table held before the batch (`before`), overlaid with
 * the batch's own scores up to that event.
 */
import {
  FRAMEWORKS,
  allCriteria,
  hallmarkAverage,
  type AssessmentOpenedData,
  type AssessmentValidatedData,
  type CriterionScoredData,
  type SupportDecidedData,
  type SupportRequestedData,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';

/** What the tables held before the batch of an assessment validated in it. */
export interface AssessmentBefore {
  readonly partnershipId: string;
  readonly period: string;
  /** criterion id → score */
  readonly scores: ReadonlyMap<string, number>;
}

/** New rows per table, values in the column order of overview.projection.ts. */
export interface OverviewBatchRows {
  readonly assessments: unknown[][];
  readonly assessmentStates: unknown[][];
  /** Upserted: the last score of each criterion in the batch. */
  readonly scores: unknown[][];
  readonly hallmarkLevels: unknown[][];
  readonly priority: unknown[][];
  readonly supportCases: unknown[][];
  readonly supportStates: unknown[][];
}

/** The assessments the batch validates: those whose scores must be read before folding. */
export function assessmentsValidatedIn(events: readonly RecordedEvent[]): string[] {
  return events
    .filter((event) => event.type === 'AssessmentValidated')
    .map((event) => (event.data as AssessmentValidatedData).assessmentId);
}

/**
 * A criterion id names the same criterion, under the same hallmark, in every edition that has it
 * (framework.ts), so its hallmark is found without asking which edition the assessment used.
 */
const HALLMARK_OF = new Map(
  Object.values(FRAMEWORKS).flatMap((framework) => allCriteria(framework).map((c) => [c.id, c.hallmarkId] as const)),
);

interface Assessment {
  partnershipId: string;
  period: string;
  scores: Map<string, number>;
}

export function foldOverviewBatch(
  events: readonly RecordedEvent[],
  before: ReadonlyMap<string, AssessmentBefore>,
): OverviewBatchRows {
  const rows: OverviewBatchRows = {
    assessments: [],
    assessmentStates: [],
    scores: [],
    hallmarkLevels: [],
    priority: [],
    supportCases: [],
    supportStates: [],
  };
  // The assessments the batch touches, as they stand at the event being folded.
  const assessments = new Map<string, Assessment>();
  const assessment = (id: string): Assessment | undefined => {
    let known = assessments.get(id);
    const stored = before.get(id);
    if (!known && stored) {
      known = { partnershipId: stored.partnershipId, period: stored.period, scores: new Map(stored.scores) };
      assessments.set(id, known);
    }
    return known;
  };
  /** assessment id → criterion id → the batch's last score row */
  const scored = new Map<string, Map<string, unknown[]>>();
  const assessmentStatus = (event: RecordedEvent, status: string): void => {
    const { assessmentId } = event.data as { assessmentId: string };
    rows.assessmentStates.push([assessmentId, event.revision, status, event.occurredAt]);
  };
  const supportStatus = (event: RecordedEvent, caseId: string, status: string): void => {
    rows.supportStates.push([caseId, event.revision, status, event.occurredAt]);
  };

  for (const event of events) {
    switch (event.type) {
      case 'AssessmentOpened': {
        const data = event.data as AssessmentOpenedData;
        rows.assessments.push([data.assessmentId, data.partnershipId, data.period, data.frameworkVersion]);
        assessments.set(data.assessmentId, {
          partnershipId: data.partnershipId,
          period: data.period,
          scores: new Map(),
        });
        assessmentStatus(event, 'open');
        break;
      }
      case 'CriterionScored': {
        const data = event.data as CriterionScoredData;
        const hallmarkId = HALLMARK_OF.get(data.criterionId);
        if (!hallmarkId)
          throw new Error(`overview: ${data.criterionId} of ${data.assessmentId} is in no known framework`);
        const ofAssessment = scored.get(data.assessmentId) ?? new Map<string, unknown[]>();
        scored.set(data.assessmentId, ofAssessment);
        ofAssessment.set(data.criterionId, [data.assessmentId, data.criterionId, hallmarkId, data.score]);
        assessment(data.assessmentId)?.scores.set(data.criterionId, data.score);
        break;
      }
      case 'AssessmentSubmitted':
        assessmentStatus(event, 'submitted');
        break;
      case 'AssessmentReturned':
        assessmentStatus(event, 'returned');
        break;
      case 'AssessmentValidated': {
        assessmentStatus(event, 'validated');
        const data = event.data as AssessmentValidatedData;
        const validated = assessment(data.assessmentId);
        // As before batching: an assessment the overview never saw opened gets no levels.
        if (validated) rows.hallmarkLevels.push(...levelRows(event, data, validated));
        break;
      }
      case 'PriorityDesignated':
      case 'PriorityLifted':
        rows.priority.push([event.tenantId, event.revision, event.type === 'PriorityDesignated', event.occurredAt]);
        break;
      case 'SupportRequested':
      case 'SupportProposed': {
        const data = event.data as SupportRequestedData;
        rows.supportCases.push([data.caseId, data.partnershipId, data.offerId]);
        supportStatus(event, data.caseId, event.type === 'SupportRequested' ? 'requested' : 'proposed');
        break;
      }
      case 'SupportDecided': {
        const data = event.data as SupportDecidedData;
        supportStatus(event, data.caseId, data.decision.toLowerCase());
        break;
      }
      case 'SupportDelivered':
        supportStatus(event, (event.data as { caseId: string }).caseId, 'delivered');
        break;
      default:
        break;
    }
  }
  for (const ofAssessment of scored.values()) rows.scores.push(...ofAssessment.values());
  return rows;
}

/** Averages in TypeScript with the domain's rule, so the read model and a replay round alike. */
function levelRows(event: RecordedEvent, data: AssessmentValidatedData, assessment: Assessment): unknown[][] {
  const moderated = new Map(data.moderatedScores.map((m) => [m.criterionId, m.moderatedScore]));
  const byHallmark = new Map<string, number[]>();
  for (const [criterionId, score] of assessment.scores) {
    const hallmarkId = HALLMARK_OF.get(criterionId);
    if (!hallmarkId) continue;
    const scores = byHallmark.get(hallmarkId) ?? [];
    scores.push(moderated.get(criterionId) ?? score);
    byHallmark.set(hallmarkId, scores);
  }
  return [...byHallmark].map(([hallmarkId, scores]) => [
    assessment.partnershipId,
    data.assessmentId,
    assessment.period,
    hallmarkId,
    hallmarkAverage(scores),
    event.occurredAt,
  ]);
}
