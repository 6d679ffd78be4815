/**
 * The self-assessment of one partnership for one period: opened against a framework edition,
 * its applicable criteria scored and revised, then submitted; the region's coordinator either
 * returns it for revision (it is open again) or validates it (it is closed). Its stream holds
 * everything that happens to it; this file holds its events, state and evolve.
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

/** A coordinator's view of one criterion that differs from the partnership's own, and why. */
export interface ModeratedScore {
  readonly criterionId: string;
  /** The partnership's submitted score, kept beside the moderated one so the event reads on its own. */
  readonly selfScore: number;
  readonly moderatedScore: number;
  readonly reason: string;
}

export interface AssessmentValidatedData {
  readonly assessmentId: string;
  /** Empty when the coordinator accepts every self-score as it stands. */
  readonly moderatedScores: readonly ModeratedScore[];
}

export interface AssessmentReturnedData {
  readonly assessmentId: string;
  /** What the partnership should look at again before resubmitting. */
  readonly comments: string;
}

export type AssessmentEvent =
  | { type: 'AssessmentOpened'; schemaVersion: 1; data: AssessmentOpenedData }
  | { type: 'CriterionScored'; schemaVersion: 1; data: CriterionScoredData }
  | { type: 'AssessmentSubmitted'; schemaVersion: 1; data: AssessmentSubmittedData }
  | { type: 'AssessmentReturned'; schemaVersion: 1; data: AssessmentReturnedData }
  | { type: 'AssessmentValidated'; schemaVersion: 1; data: AssessmentValidatedData };

export interface CriterionScore {
  readonly criterionId: string;
  readonly score: number;
  readonly evidence: Evidence;
  readonly rationale: string;
}

/**
 * 'returned' is open for scoring and submitting just as 'open' is; it stays distinct until the
 * partnership resubmits, so everyone can see the coordinator sent it back and why.
 */
export type OpenedAssessmentStatus = 'open' | 'submitted' | 'returned' | 'validated';

export interface OpenedAssessment {
  readonly status: OpenedAssessmentStatus;
  readonly assessmentId: string;
  readonly partnershipId: string;
  readonly period: string;
  readonly frameworkVersion: string;
  readonly applicableCriteria: readonly string[];
  /** The latest score of each scored criterion, in framework order. */
  readonly scores: readonly CriterionScore[];
  /** The coordinator's comments from the latest return; null if it was never returned. */
  readonly returnComments: string | null;
  /** The coordinator's moderated scores; empty until validated. */
  readonly moderatedScores: readonly ModeratedScore[];
}

export type AssessmentState = { readonly status: 'not_opened' } | OpenedAssessment;

export const initialAssessmentState: AssessmentState = { status: 'not_opened' };

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'AssessmentOpened':
      return { status: 'open', ...event.data, scores: [], returnComments: null, moderatedScores: [] };
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
    case 'AssessmentReturned':
      return state.status === 'not_opened'
        ? state
        : { ...state, status: 'returned', returnComments: event.data.comments };
    case 'AssessmentValidated':
      return state.status === 'not_opened'
        ? state
        : { ...state, status: 'validated', moderatedScores: event.data.moderatedScores };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
