import { invalid, type DomainError } from './domain-error';

/**
 * A decision's evidence is the ids of events it relied on, so an auditor can follow each link.
 * A link must lead somewhere: every cited id must be an event of the same partnership's history
 * (a decision about one partnership never rests on another's records). `found` maps each cited
 * id that exists to its partnership.
 */
export function refusedEvidence(
  cited: readonly string[],
  found: ReadonlyMap<string, string>,
  partnershipId: string,
): DomainError | null {
  const missing = cited.find((id) => found.get(id.trim()) !== partnershipId && id.trim().length > 0);
  return missing === undefined
    ? null
    : invalid(`The evidence “${missing.trim()}” is not an event in this partnership’s history`, 'evidence');
}
