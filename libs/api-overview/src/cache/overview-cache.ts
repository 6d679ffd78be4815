import { currentRowScopeKey } from '@nsf/api-core';
import type { StandingRow } from '../overview-standing';
import type { ReadModelVersion } from './read-model-version';

/** Overviews kept (scope × region × instant), the least recently used dropped first. */
const MAX_KEPT = 100;

/** What answers an overview read: its standings and, for "now", when they stop being the answer. */
export interface OverviewRead {
  readonly standings: readonly StandingRow[];
  /** For "now" only: the earliest later instant at which a row takes effect (null: none). */
  readonly nextChange?: string | null;
}

interface Kept extends OverviewRead {
  readonly version: string;
  /** For "now": the instant the rows were read as of. */
  readonly readAsOf: number;
}

/**
 * The overview's standings (its rows, levels and trends worked out), kept per caller scope, region
 * and instant for as long as the read models they come from stay where they were: the coordinators'
 * morning view is asked for far more often than the events behind it arrive. What depends on the
 * instant itself (overdue, the instant shown) is worked out again on every request.
 *
 * Exact, not eventually fresh: the version is taken before the rows are read, so standings are
 * never kept under a version later than their rows'. An explicit instant's answer changes only
 * with the read models; "now" also moves, so its standings are given again only for instants at or
 * after the one they were read as of and before the next row that takes effect. Keyed by the
 * scope's row-security settings — what the database filtered the rows by — so no scope is answered
 * with another's rows.
 */
export class OverviewCache {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly version: ReadModelVersion) {}

  async standings(
    request: { region: string | null; asOf: Date | null; instant: Date },
    read: () => Promise<OverviewRead>,
  ): Promise<readonly StandingRow[]> {
    const scope = currentRowScopeKey();
    if (scope === undefined) return (await read()).standings;
    const key = JSON.stringify([scope, request.region, request.asOf?.toISOString() ?? 'now']);
    const version = await this.version.current();
    const kept = this.kept.get(key);
    if (kept && kept.version === version && stillTheAnswer(kept, request.asOf, request.instant)) {
      this.kept.delete(key);
      this.kept.set(key, kept);
      return kept.standings;
    }
    const fresh = await read();
    if (this.kept.size >= MAX_KEPT && !this.kept.has(key)) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, { ...fresh, version, readAsOf: request.instant.getTime() });
    return fresh.standings;
  }
}

function stillTheAnswer(kept: Kept, asOf: Date | null, instant: Date): boolean {
  if (asOf) return true;
  const at = instant.getTime();
  if (kept.nextChange === undefined || at < kept.readAsOf) return false;
  return kept.nextChange === null || at < Date.parse(kept.nextChange);
}
