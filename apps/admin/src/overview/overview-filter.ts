// The overview's filters: part of a name, and the flags a coordinator acts on. Every ticked flag
// must hold, so "overdue" and "priority" together narrow to the priority partnerships running late.

export interface OverviewFilter {
  readonly name: string;
  readonly overdue: boolean;
  readonly returned: boolean;
  readonly priority: boolean;
}

export const NO_FILTER: OverviewFilter = { name: '', overdue: false, returned: false, priority: false };

interface FilterableRow {
  readonly name: string;
  readonly overdue: boolean;
  readonly returned: boolean;
  readonly priority: boolean;
}

export function filterRows<Row extends FilterableRow>(rows: readonly Row[], filter: OverviewFilter): readonly Row[] {
  const words = normalise(filter.name).split(' ').filter(Boolean);
  return rows.filter((row) => {
    const name = normalise(row.name);
    return (
      words.every((word) => name.includes(word)) &&
      (!filter.overdue || row.overdue) &&
      (!filter.returned || row.returned) &&
      (!filter.priority || row.priority)
    );
  });
}

export function isFiltered(filter: OverviewFilter): boolean {
  return filter.name.trim() !== '' || filter.overdue || filter.returned || filter.priority;
}

// Case, accents and punctuation aside, so "ynys mon" finds "Ynys Môn" and "st helens" "St. Helens".
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
