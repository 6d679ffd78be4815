import { invalid, type DomainError } from '../shared/domain-error';
import type { DecisionGrounds } from './partnership';

/** A checked piece of a command: the tidied value, or why the command must be refused. */
export type Checked<Value> = { ok: true; value: Value } | { ok: false; error: DomainError };

const MAX_TEXT_LENGTH = 10000;

/**
 * Free text a decision cannot do without (a rationale, a concern, a resolution), tidied of
 * surrounding white space. `field` names it in messages; `missing` is the sentence asking for it.
 */
export function requiredText(text: string, field: string, missing: string): Checked<string> {
  const value = text.trim();
  if (value.length === 0) return { ok: false, error: invalid(missing, field) };
  if (value.length > MAX_TEXT_LENGTH) {
    return { ok: false, error: invalid(`The ${field} must be ${MAX_TEXT_LENGTH} characters or fewer`, field) };
  }
  return { ok: true, value };
}

/** The rationale, required, and the evidence relied on: blank ids dropped, each id cited once. */
export function decisionGrounds(rationale: string, evidence: readonly string[]): Checked<DecisionGrounds> {
  const checked = requiredText(rationale, 'rationale', 'Give the rationale for the decision');
  if (!checked.ok) return checked;
  // The same event cited twice adds nothing to the record.
  const ids = [...new Set(evidence.map((id) => id.trim()).filter((id) => id.length > 0))];
  return { ok: true, value: { rationale: checked.value, evidence: ids } };
}
