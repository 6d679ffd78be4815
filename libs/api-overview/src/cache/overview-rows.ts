import { overdueDayOf } from '@nsf/domain';
import type { OverviewRowModel } from '../models/overview-row.model';
import { isOverdueAt, type StandingRow } from '../overview-standing';

const DAY_MS = 86_400_000;

interface Last {
  /** The UTC day (days since 1970) the flags were worked out for: all its instants give the same (`overdueDayOf`). */
  readonly dayNumber: number;
  /** One character per row: whether it was overdue. */
  readonly overdue: string;
  readonly rows: readonly OverviewRowModel[];
}

/**
 * The overview's rows at an instant, from the standings read for it: the same array for as long as
 * the standings are the same object and no row's overdue flag has changed, so the array stands for
 * the rows' content. That is what lets the compiled queries plugin give the serialised overview
 * again (libs/api-core/src/graphql/answer-sources.ts); it also spares copying every row on every
 * request. Standings are kept per scope, region and instant (overview-cache.ts), so an array is
 * never given for another scope or region.
 */
export class OverviewRows {
  private readonly last = new WeakMap<readonly StandingRow[], Last>();

  at(standings: readonly StandingRow[], instant: Date): readonly OverviewRowModel[] {
    // Asked again the same day (most requests): the flags cannot differ, so neither can the rows.
    // Compared as a count of UTC days, which costs less than the instant as text.
    const dayNumber = Math.floor(instant.getTime() / DAY_MS);
    const last = this.last.get(standings);
    if (last?.dayNumber === dayNumber) return last.rows;
    const day = overdueDayOf(instant.toISOString());
    const flags = standings.map((row) => isOverdueAt(row, day));
    const overdue = flags.map((flag) => (flag ? '1' : '0')).join('');
    if (last?.overdue === overdue) {
      this.last.set(standings, { ...last, dayNumber });
      return last.rows;
    }
    const rows = standings.map((row, index): OverviewRowModel => ({ ...row, overdue: flags[index] }));
    this.last.set(standings, { dayNumber, overdue, rows });
    return rows;
  }
}
