// What the overview says, politely, after a live update: which partnerships changed, by name.
// Names come from the refreshed rows, so a partnership registered a moment ago is named too.

interface NamedRow {
  readonly partnershipId: string;
  readonly name: string;
}

/** "Updated: Allerdale CDRP", "Updated: A, B and C", "Updated: A, B, C and 2 more"; empty when none is shown. */
export function liveNotice(changedIds: readonly string[], rows: readonly NamedRow[]): string {
  const names = [...new Set(changedIds)].flatMap((id) => rows.find((row) => row.partnershipId === id)?.name ?? []);
  if (names.length === 0) return '';
  const shown = names.length > 3 ? names.slice(0, 3) : names.slice(0, -1);
  const last = names.length > 3 ? `${names.length - 3} more` : names[names.length - 1];
  return `Updated: ${shown.length > 0 ? `${shown.join(', ')} and ${last}` : last}`;
}
