// A support case is named by its partnership and the UUID of the command that raised it (the
// API's supportCaseIdFor: "<partnershipId>-<uuid>"), so the client that raises a case knows its
// id before the answer arrives. The case's address holds only the UUID, under its partnership.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function caseIdFor(partnershipId: string, uuid: string): string {
  return `${partnershipId}-${uuid.toLowerCase()}`;
}

/** The UUID part of a case of this partnership, or null when the id is not one. */
export function caseUuidOf(partnershipId: string, caseId: string): string | null {
  const prefix = `${partnershipId}-`;
  if (!caseId.startsWith(prefix)) return null;
  const uuid = caseId.slice(prefix.length);
  return UUID.test(uuid) ? uuid.toLowerCase() : null;
}
