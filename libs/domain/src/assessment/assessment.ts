/**
 * The self-assessment of one partnership for one period: opened against a framework edition,
 * its applicable criteria scored and revised, then submitted; the region's coordinator either
 * returns it for revision (it is open again) or validates it (it is closed). Third-party
 * assessments (a diagnostic or peer review) are recorded beside the self-scores, marked as such.
 * Its stream holds everything that happens to it; this file holds its events, state and evolve.
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

/** Who, other than the partnership, assessed it: a diagnostic review or a peer review. */
export const REVIEW_SOURCES = ['DIAGNOSTIC_REVIEW', 'PEER_REVIEW'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** A reviewer's score for one criterion, and why. */
export interface ReviewScore {
  readonly criterionId: string;
  readonly score: number;
  readonly rationale: string;
}

export interface ReviewScoresRecordedData {
  readonly assessmentId: string;
  readonly source: ReviewSource;
  /** Who carried the review out, as the coordinator names them (a person, a team or a partnership). */
  readonly reviewer: string;
  /** A calendar date, YYYY-MM-DD. */
  readonly reviewedOn: string;
  readonly scores: readonly ReviewScore[];
}

export type AssessmentEvent =
  | { type: 'AssessmentOpened'; schemaVersion: 1; data: AssessmentOpenedData }
  | { type: 'CriterionScored'; schemaVersion: 1; data: CriterionScoredData }
  | { type: 'AssessmentSubmitted'; schemaVersion: 1; data: AssessmentSubmittedData }
  | { type: 'AssessmentReturned'; schemaVersion: 1; data: AssessmentReturnedData }
  | { type: 'AssessmentValidated'; schemaVersion: 1; data: AssessmentValidatedData }
  | { type: 'ReviewScoresRecorded'; schemaVersion: 1; data: ReviewScoresRecordedData };

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
  /** Every third-party review, in the order recorded; none replaces a self-score or another review. */
  readonly reviews: readonly Review[];
}

export type Review = Omit<ReviewScoresRecordedData, 'assessmentId'>;

export type AssessmentState = { readonly status: 'not_opened' } | OpenedAssessment;

export const initialAssessmentState: AssessmentState = { status: 'not_opened' };

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'AssessmentOpened':
      return { status: 'open', ...event.data, scores: [], returnComments: null, moderatedScores: [], reviews: [] };
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
    case 'ReviewScoresRecorded': {
      if (state.status === 'not_opened') return state;
      const { source, reviewer, reviewedOn, scores } = event.data;
      return { ...state, reviews: [...state.reviews, { source, reviewer, reviewedOn, scores }] };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
