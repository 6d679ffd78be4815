// The overview as CSV: the rows as the table shows them (filtered and sorted), each hallmark as
// its level's label and its average, so a spreadsheet can sort by either.
import type { CsvColumn } from '../csv/csv';
import { cycleStatusLabel } from './cycle-status';
import type { HallmarkHeading, OverviewRow } from './overview.query';

export function overviewCsvColumns(
  hallmarks: readonly HallmarkHeading[],
  regionNameOf: (code: string) => string,
): readonly CsvColumn<OverviewRow>[] {
  const standing = (row: OverviewRow, hallmarkId: string) =>
    row.hallmarks.find((candidate) => candidate.hallmarkId === hallmarkId);
  return [
    { header: 'Partnership', value: (row) => row.name },
    { header: 'Type', value: (row) => row.type },
    { header: 'Region', value: (row) => regionNameOf(row.region) },
    ...hallmarks.flatMap((hallmark): CsvColumn<OverviewRow>[] => [
      { header: `${hallmark.title} level`, value: (row) => standing(row, hallmark.id)?.label ?? 'Not assessed' },
      { header: `${hallmark.title} average`, value: (row) => standing(row, hallmark.id)?.average },
    ]),
    { header: 'Current cycle', value: (row) => row.cycle?.period },
    { header: 'Cycle status', value: (row) => (row.cycle ? cycleStatusLabel(row.cycle.status) : null) },
    { header: 'Overdue', value: (row) => row.overdue },
    { header: 'Returned', value: (row) => row.returned },
    { header: 'Priority', value: (row) => row.priority },
    { header: 'Open support', value: (row) => row.openSupport },
  ];
}
