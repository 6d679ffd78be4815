// The self-assessment and moderation commands. Each carries a command id, so a retry after a
// failure in transit is applied once, and each answers with the assessment as it now stands.
import { ASSESSMENT_FIELDS, type Assessment } from './assessment.query';

export const OPEN_ASSESSMENT_MUTATION = /* GraphQL */ `
  mutation OpenAssessment($input: OpenAssessmentInput!) {
    openAssessment(input: $input) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export const SCORE_CRITERION_MUTATION = /* GraphQL */ `
  mutation ScoreCriterion($input: ScoreCriterionInput!) {
    scoreCriterion(input: $input) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export const SUBMIT_ASSESSMENT_MUTATION = /* GraphQL */ `
  mutation SubmitAssessment($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export const VALIDATE_ASSESSMENT_MUTATION = /* GraphQL */ `
  mutation ValidateAssessment($input: ValidateAssessmentInput!) {
    validateAssessment(input: $input) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export const RETURN_ASSESSMENT_MUTATION = /* GraphQL */ `
  mutation ReturnAssessment($input: ReturnAssessmentInput!) {
    returnAssessment(input: $input) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export interface OpenAssessmentInput {
  readonly partnershipId: string;
  readonly period: string;
  readonly commandId: string;
}

export interface ScoreCriterionInput {
  readonly assessmentId: string;
  readonly criterionId: string;
  readonly score: number;
  readonly evidence: string | null;
  readonly evidenceLinks: readonly string[];
  readonly rationale: string;
  readonly commandId: string;
}

export interface SubmitAssessmentInput {
  readonly assessmentId: string;
  readonly commandId: string;
}

export interface ModeratedScoreInput {
  readonly criterionId: string;
  readonly score: number;
  readonly reason: string;
}

export interface ValidateAssessmentInput {
  readonly assessmentId: string;
  readonly moderatedScores: readonly ModeratedScoreInput[];
  readonly commandId: string;
}

export interface ReturnAssessmentInput {
  readonly assessmentId: string;
  readonly comments: string;
  readonly commandId: string;
}

export interface MutationVariables<TInput> {
  readonly input: TInput;
}

export type OpenAssessmentData = { readonly openAssessment: Assessment };
export type ScoreCriterionData = { readonly scoreCriterion: Assessment };
export type SubmitAssessmentData = { readonly submitAssessment: Assessment };
export type ValidateAssessmentData = { readonly validateAssessment: Assessment };
export type ReturnAssessmentData = { readonly returnAssessment: Assessment };
