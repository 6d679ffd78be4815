// The outcome form's fields and the checks made before sending: the validated assessment to read
// the outcome from, and what the partnership made of the support, are both required.
import { fieldProblems, type FormProblems } from './form-problems';
import type { RecordSupportOutcomeInput } from './support-case.mutations';

export const OUTCOME_FIELDS = ['assessmentId', 'notes'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export const OUTCOME_FIELD_IDS: Readonly<Record<OutcomeField, string>> = {
  assessmentId: 'assessmentId',
  notes: 'notes',
};

export interface OutcomeValues {
  readonly assessmentId: string;
  readonly notes: string;
}

export const EMPTY_OUTCOME: OutcomeValues = { assessmentId: '', notes: '' };

export const OUTCOME_FORBIDDEN =
  'Only the coordinator of the partnership’s region and the national team can record the outcome of its support';

export function checkOutcome(values: OutcomeValues): FormProblems<OutcomeField> | null {
  const fieldErrors: Partial<Record<OutcomeField, string>> = {};
  if (values.assessmentId === '') fieldErrors.assessmentId = 'Select the assessment that shows the outcome';
  if (values.notes.trim() === '') fieldErrors.notes = 'Say what the partnership made of the support';
  return fieldProblems(fieldErrors);
}

export function toOutcomeInput(caseId: string, values: OutcomeValues, commandId: string): RecordSupportOutcomeInput {
  return { caseId, assessmentId: values.assessmentId, notes: values.notes, commandId };
}
