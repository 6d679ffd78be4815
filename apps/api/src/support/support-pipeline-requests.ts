/**
 * What the support pipeline specs share: the query, the shape of its answer, and the support
 * mutations that build a history through the API.
 */
import type { GraphQLResponse } from '../testing/platform-harness';

const OUTCOME = 'outcome { assessmentId baselineAssessmentId hallmarks { hallmarkId before after movement } notes }';
export const CASE_FIELDS = `id partnershipId partnershipName offer { id title } hallmarksServed need raisedAs raisedAt
  status statusSince decision rationale decidedAt deliveredOn ${OUTCOME} outcomeRecordedAt`;
export const PIPELINE = `query Pipeline($region: String!, $asOf: DateTime) {
  supportPipeline(region: $region, asOf: $asOf) { region asOf total stages { status count cases { ${CASE_FIELDS} } } }
}`;

export const REQUEST = `mutation R($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`;
export const PROPOSE = `mutation P($input: ProposeSupportInput!) { proposeSupport(input: $input) { id } }`;
export const DECIDE = `mutation D($input: DecideSupportInput!) { decideSupport(input: $input) { id } }`;
export const DELIVER = `mutation L($input: RecordSupportDeliveredInput!) { recordSupportDelivered(input: $input) { id } }`;
export const RECORD_OUTCOME = `mutation O($input: RecordSupportOutcomeInput!) { recordSupportOutcome(input: $input) { id } }`;

export interface PipelineCase {
  id: string;
  partnershipId: string;
  partnershipName: string;
  offer: { id: string; title: string };
  hallmarksServed: string[];
  need: string;
  raisedAs: 'REQUESTED' | 'PROPOSED';
  raisedAt: string;
  status: string;
  statusSince: string;
  decision: string | null;
  rationale: string | null;
  decidedAt: string | null;
  deliveredOn: string | null;
  outcome: {
    assessmentId: string;
    baselineAssessmentId: string | null;
    hallmarks: { hallmarkId: string; before: number | null; after: number; movement: string }[];
    notes: string;
  } | null;
  outcomeRecordedAt: string | null;
}

export interface Pipeline {
  region: string;
  asOf: string;
  total: number;
  stages: { status: string; count: number; cases: PipelineCase[] }[];
}

/** Anything a spec needs to succeed before its assertions: a failure names the step and stops. */
export async function must<Data>(step: string, request: Promise<GraphQLResponse<Data>>): Promise<Data> {
  const response = await request;
  if (response.errors || !response.data) throw new Error(`${step} failed: ${response.errors?.[0].message}`);
  return response.data;
}
