// How the overview table sorts: by name, by any hallmark's level, or by the cycle and support
// columns. "Not assessed" counts below the lowest level, so ascending puts the partnerships
// with nothing validated first, where a coordinator looking for weakness wants them.
import type { OverviewRow } from './overview.query';

export type SortColumn =
  | { readonly kind: 'name' }
  | { readonly kind: 'hallmark'; readonly hallmarkId: string }
  | { readonly kind: 'cycle' }
  | { readonly kind: 'flags' }
  | { readonly kind: 'priority' }
  | { readonly kind: 'openSupport' };

export type SortDirection = 'ascending' | 'descending';

export interface OverviewSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

export const BY_NAME: OverviewSort = { column: { kind: 'name' }, direction: 'ascending' };

// The order a self-assessment moves through, so "ascending" reads as "least far along first".
const CYCLE_ORDER: Readonly<Record<string, number>> = { OPEN: 1, RETURNED: 2, SUBMITTED: 3, VALIDATED: 4 };

export function sameColumn(a: SortColumn, b: SortColumn): boolean {
  if (a.kind === 'hallmark' && b.kind === 'hallmark') return a.hallmarkId === b.hallmarkId;
  return a.kind === b.kind;
}

/** A column's header toggles: ascending first, then descending; another column starts ascending. */
export function nextSort(current: OverviewSort, column: SortColumn): OverviewSort {
  if (sameColumn(current.column, column)) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}

/** The rows in the order asked for; ties fall back to the name, A to Z, so the order is stable. */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort): readonly OverviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byColumn = compareValues(sortValue(a, sort.column), sortValue(b, sort.column)) * sign;
    return byColumn !== 0 ? byColumn : compareNames(a, b);
  });
}

function sortValue(row: OverviewRow, column: SortColumn): number | string {
  switch (column.kind) {
    case 'name':
      return row.name;
    case 'hallmark': {
      const standing = row.hallmarks.find((hallmark) => hallmark.hallmarkId === column.hallmarkId);
      return standing?.average ?? standing?.level ?? 0;
    }
    case 'cycle':
      return row.cycle ? (CYCLE_ORDER[row.cycle.status] ?? 0) : 0;
    case 'flags':
      return (row.overdue ? 2 : 0) + (row.returned ? 1 : 0);
    case 'priority':
      return row.priority ? 1 : 0;
    case 'openSupport':
      return row.openSupport;
    default: {
      const _exhaustive: never = column;
      return _exhaustive;
    }
  }
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB', { sensitivity: 'base' });
}

function compareNames(a: OverviewRow, b: OverviewRow): number {
  return a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' });
}
