/**
 * A support case is named by its partnership and a UUID: the partnership so a caller's access can
 * be checked before the case's stream is read, the UUID so a partnership can hold many cases and
 * a retried request (same UUID) lands on the same stream.
 */

const CASE_ID = /^(.+)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export const supportCaseIdFor = (partnershipId: string, uuid: string): string =>
  `${partnershipId}-${uuid.toLowerCase()}`;

/** The partnership a case id belongs to, or null when the id is not one `supportCaseIdFor` makes. */
export function partnershipIdOfSupportCase(caseId: string): string | null {
  return CASE_ID.exec(caseId)?.[1] ?? null;
}

/** One stream per case; its tenant is the partnership. */
export const supportCaseStreamId = (caseId: string): string => `support-${caseId}`;
