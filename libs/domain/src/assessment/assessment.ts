/**
 * The self-assessment of one partnership for one period: opened against a framework edition,
 * its applicable criteria scored and revised, then submitted. Its stream holds everything that
 * happens to it; this file holds its events, state and evolve.
 */

export interface AssessmentOpenedData {
  readonly assessmentId: string;
  readonly partnershipId: string;
  /** The year the assessment covers, e.g. '2009-10'. */
  readonly period: string;
  readonly frameworkVersion: string;
  /** Fixed when the assessment opens, so a later change to the partnership cannot move the goalposts. */
  readonly applicableCriteria: readonly string[];
}

export interface Evidence {
  /** Null when the partnership gives its reasons without separate evidence. */
  readonly text: string | null;
  readonly links: readonly string[];
}

export interface CriterionScoredData {
  readonly assessmentId: string;
  readonly criterionId: string;
  /** Null the first time; otherwise the score this one revises, so the history reads on its own. */
  readonly previousScore: number | null;
  readonly score: number;
  readonly evidence: Evidence;
  readonly rationale: string;
}

export interface AssessmentSubmittedData {
  readonly assessmentId: string;
  readonly scoredCriteria: number;
}

export type AssessmentEvent =
  | { type: 'AssessmentOpened'; schemaVersion: 1; data: AssessmentOpenedData }
  | { type: 'CriterionScored'; schemaVersion: 1; data: CriterionScoredData }
  | { type: 'AssessmentSubmitted'; schemaVersion: 1; data: AssessmentSubmittedData };

export interface CriterionScore {
  readonly criterionId: string;
  readonly score: number;
  readonly evidence: Evidence;
  readonly rationale: string;
}

export interface OpenedAssessment {
  readonly status: 'open' | 'submitted';
  readonly assessmentId: string;
  readonly partnershipId: string;
  readonly period: string;
  readonly frameworkVersion: string;
  readonly applicableCriteria: readonly string[];
  /** The latest score of each scored criterion, in framework order. */
  readonly scores: readonly CriterionScore[];
}

export type AssessmentState = { readonly status: 'not_opened' } | OpenedAssessment;

export const initialAssessmentState: AssessmentState = { status: 'not_opened' };

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'AssessmentOpened':
      return { status: 'open', ...event.data, scores: [] };
    case 'CriterionScored': {
      if (state.status === 'not_opened') return state;
      const { criterionId, score, evidence, rationale } = event.data;
      const scores = [
        ...state.scores.filter((s) => s.criterionId !== criterionId),
        { criterionId, score, evidence, rationale },
      ];
      const order = (id: string) => state.applicableCriteria.indexOf(id);
      return { ...state, scores: scores.sort((a, b) => order(a.criterionId) - order(b.criterionId)) };
    }
    case 'AssessmentSubmitted':
      return state.status === 'not_opened' ? state : { ...state, status: 'submitted' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
