// The decision form's fields and the checks made before sending: a decision and its rationale
// are required (the API's rule too); the evidence is what the coordinator chose to cite.
import { fieldProblems, type FormProblems } from './form-problems';
import { SUPPORT_DECISIONS, type SupportDecision } from './support-case';
import type { DecideSupportInput } from './support-case.mutations';

export const DECIDE_FIELDS = ['decision', 'rationale', 'evidence'] as const;
export type DecideField = (typeof DECIDE_FIELDS)[number];

export const DECIDE_FIELD_IDS: Readonly<Record<DecideField, string>> = {
  decision: 'decision',
  rationale: 'rationale',
  evidence: 'evidence',
};

export interface DecideValues {
  readonly decision: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

export const EMPTY_DECISION: DecideValues = { decision: '', rationale: '', evidence: [] };

export const DECIDE_FORBIDDEN =
  'Only the coordinator of the partnership’s region and the national team can decide on its support';

export function isSupportDecision(value: string): value is SupportDecision {
  return (SUPPORT_DECISIONS as readonly string[]).includes(value);
}

export function checkDecision(values: DecideValues): FormProblems<DecideField> | null {
  const fieldErrors: Partial<Record<DecideField, string>> = {};
  if (!isSupportDecision(values.decision))
    fieldErrors.decision = 'Select whether to approve, decline or defer the support';
  if (values.rationale.trim() === '') fieldErrors.rationale = 'Give the rationale for the decision';
  return fieldProblems(fieldErrors);
}

/** Call only after checkDecision found nothing missing. */
export function toDecideInput(caseId: string, values: DecideValues, commandId: string): DecideSupportInput {
  if (!isSupportDecision(values.decision)) throw new Error(`Not a support decision: ${values.decision}`);
  return { caseId, decision: values.decision, rationale: values.rationale, evidence: values.evidence, commandId };
}
