// A self-assessment cycle's status in words, for the overview's table and its CSV.

export const CYCLE_STATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  SUBMITTED: 'Submitted',
  RETURNED: 'Returned for revision',
  VALIDATED: 'Validated',
};

export function cycleStatusLabel(status: string): string {
  return CYCLE_STATUS_LABELS[status] ?? status;
}
