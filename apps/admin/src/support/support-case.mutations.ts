// The commands on a support case. Each names itself with a commandId, so a retry after a lost
// answer is applied once; raising a case also names the case with it.
import type { SupportCaseStatus, SupportDecision } from './support-case';

const CASE_FIELDS = /* GraphQL */ `
  id
  status
`;

export const REQUEST_SUPPORT_MUTATION = /* GraphQL */ `
  mutation RequestSupport($input: RequestSupportInput!) {
    requestSupport(input: $input) { ${CASE_FIELDS} }
  }
`;

export const PROPOSE_SUPPORT_MUTATION = /* GraphQL */ `
  mutation ProposeSupport($input: ProposeSupportInput!) {
    proposeSupport(input: $input) { ${CASE_FIELDS} }
  }
`;

export const DECIDE_SUPPORT_MUTATION = /* GraphQL */ `
  mutation DecideSupport($input: DecideSupportInput!) {
    decideSupport(input: $input) { ${CASE_FIELDS} }
  }
`;

export const RECORD_SUPPORT_DELIVERED_MUTATION = /* GraphQL */ `
  mutation RecordSupportDelivered($input: RecordSupportDeliveredInput!) {
    recordSupportDelivered(input: $input) { ${CASE_FIELDS} }
  }
`;

export const RECORD_SUPPORT_OUTCOME_MUTATION = /* GraphQL */ `
  mutation RecordSupportOutcome($input: RecordSupportOutcomeInput!) {
    recordSupportOutcome(input: $input) { ${CASE_FIELDS} }
  }
`;

export interface RaiseSupportInput {
  readonly partnershipId: string;
  readonly offerId: string;
  readonly need: string;
  readonly commandId: string;
}

export interface DecideSupportInput {
  readonly caseId: string;
  readonly decision: SupportDecision;
  readonly rationale: string;
  readonly evidence: readonly string[];
  readonly commandId: string;
}

export interface RecordSupportDeliveredInput {
  readonly caseId: string;
  readonly deliveredOn: string;
  readonly notes: string;
  readonly commandId: string;
}

export interface RecordSupportOutcomeInput {
  readonly caseId: string;
  readonly assessmentId: string;
  readonly notes: string;
  readonly commandId: string;
}

export interface CaseCommandVariables<Input> {
  readonly input: Input;
}

/** Every case command answers with the case as it now stands; the screens need only this much. */
export interface AnsweredCase {
  readonly id: string;
  readonly status: SupportCaseStatus;
}
