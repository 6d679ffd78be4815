import type { SqlQueryable } from '@nsf/sql';

/**
 * Reads of the overview as of an instant: a fixed handful of set-based queries whatever the number
 * of partnerships (no query per row), each taking the latest row at or before the instant.
 */
export interface OverviewPartnershipRow {
  partnershipId: string;
  name: string;
  type: string;
  region: string;
}

export interface HallmarkLevelRow {
  partnershipId: string;
  hallmarkId: string;
  period: string;
  average: number;
  /** The previous validated assessment's average for the hallmark; null when this is the first. */
  previousAverage: number | null;
}

export interface CycleRow {
  partnershipId: string;
  period: string;
  status: 'open' | 'submitted' | 'returned' | 'validated';
}

export interface OverviewRows {
  partnerships: OverviewPartnershipRow[];
  levels: HallmarkLevelRow[];
  cycles: CycleRow[];
  priority: Set<string>;
  openSupport: Map<string, number>;
}

/**
 * The events after which readOverview may answer differently: those the overview projection
 * records (cycles, validated levels, priority, support status) and a partnership's registration,
 * which adds its row. A criterion scored changes nothing shown until the assessment is validated.
 */
export const OVERVIEW_CHANGING_EVENTS: ReadonlySet<string> = new Set([
  'PartnershipRegistered',
  'AssessmentOpened',
  'AssessmentSubmitted',
  'AssessmentReturned',
  'AssessmentValidated',
  'PriorityDesignated',
  'PriorityLifted',
  'SupportRequested',
  'SupportProposed',
  'SupportDecided',
  'SupportDelivered',
]);

/** Support still to be decided or delivered. */
const OPEN_SUPPORT = ['requested', 'proposed', 'deferred', 'approved'];

/** The overview of one region (or, with region null, the nation) as of `asOf` (ISO instant). */
export async function readOverview(db: SqlQueryable, region: string | null, asOf: string): Promise<OverviewRows> {
  const scope = `($1::text IS NULL OR p.region = $1) AND p.registered_at <= $2`;
  const params = [region, asOf];

  const partnerships = await db.query<{ partnership_id: string; name: string; type: string; region: string }>(
    `SELECT p.partnership_id, p.name, p.type, p.region FROM rm_partnerships p
      WHERE ${scope} ORDER BY p.name, p.partnership_id`,
    params,
  );
  const levels = await db.query<{
    partnership_id: string;
    hallmark_id: string;
    period: string;
    average: string;
    previous_average: string | null;
  }>(
    `SELECT partnership_id, hallmark_id, period, average, previous_average FROM (
       SELECT l.partnership_id, l.hallmark_id, l.period, l.average,
              lag(l.average) OVER w AS previous_average,
              row_number() OVER w_desc AS newest
         FROM rm_overview_hallmark_levels l JOIN rm_partnerships p USING (partnership_id)
        WHERE ${scope} AND l.validated_at <= $2
       WINDOW w AS (PARTITION BY l.partnership_id, l.hallmark_id ORDER BY l.period),
              w_desc AS (PARTITION BY l.partnership_id, l.hallmark_id ORDER BY l.period DESC)
     ) ranked WHERE newest = 1`,
    params,
  );
  const cycles = await db.query<{ partnership_id: string; period: string; status: CycleRow['status'] }>(
    `SELECT DISTINCT ON (a.partnership_id) a.partnership_id, a.period, s.status
       FROM rm_overview_assessments a JOIN rm_partnerships p USING (partnership_id)
       JOIN LATERAL (
         SELECT status FROM rm_overview_assessment_states s
          WHERE s.assessment_id = a.assessment_id AND s.from_at <= $2
          ORDER BY s.revision DESC LIMIT 1
       ) s ON true
      WHERE ${scope}
      ORDER BY a.partnership_id, a.period DESC`,
    params,
  );
  const priority = await db.query<{ partnership_id: string }>(
    `SELECT partnership_id FROM (
       SELECT DISTINCT ON (r.partnership_id) r.partnership_id, r.priority
         FROM rm_overview_priority r JOIN rm_partnerships p USING (partnership_id)
        WHERE ${scope} AND r.from_at <= $2
        ORDER BY r.partnership_id, r.revision DESC
     ) latest WHERE priority`,
    params,
  );
  const support = await db.query<{ partnership_id: string; open: string }>(
    `SELECT c.partnership_id, count(*) AS open
       FROM rm_overview_support_cases c JOIN rm_partnerships p USING (partnership_id)
       JOIN LATERAL (
         SELECT status FROM rm_overview_support_states s
          WHERE s.case_id = c.case_id AND s.from_at <= $2
          ORDER BY s.revision DESC LIMIT 1
       ) s ON true
      WHERE ${scope} AND s.status = ANY($3::text[])
      GROUP BY c.partnership_id`,
    [...params, OPEN_SUPPORT],
  );

  return {
    partnerships: partnerships.rows.map((row) => ({
      partnershipId: row.partnership_id,
      name: row.name,
      type: row.type,
      region: row.region,
    })),
    levels: levels.rows.map((row) => ({
      partnershipId: row.partnership_id,
      hallmarkId: row.hallmark_id,
      period: row.period,
      average: Number(row.average),
      previousAverage: row.previous_average === null ? null : Number(row.previous_average),
    })),
    cycles: cycles.rows.map((row) => ({ partnershipId: row.partnership_id, period: row.period, status: row.status })),
    priority: new Set(priority.rows.map((row) => row.partnership_id)),
    openSupport: new Map(support.rows.map((row) => [row.partnership_id, Number(row.open)])),
  };
}

/**
 * The earliest business time after `asOf` at which a row of the region's (or, with region null,
 * the nation's) overview takes effect, or null when there is none: until then, while the read
 * model holds the same rows, the overview as of any later instant is the overview as of `asOf`.
 * Events are stamped when they are recorded, so with a real clock this is null and "now" keeps its
 * answer until the read model moves. It follows the same indexes as readOverview, per partnership.
 */
export async function nextOverviewChange(
  db: SqlQueryable,
  region: string | null,
  asOf: string,
): Promise<string | null> {
  const { rows } = await db.query<{ next: Date | string | null }>(
    `WITH p AS (SELECT partnership_id, registered_at FROM rm_partnerships WHERE $1::text IS NULL OR region = $1)
     SELECT min(at) AS next FROM (
       SELECT min(registered_at) AS at FROM p WHERE registered_at > $2
       UNION ALL
       SELECT min(l.validated_at) FROM rm_overview_hallmark_levels l JOIN p USING (partnership_id)
        WHERE l.validated_at > $2
       UNION ALL
       SELECT min(s.from_at) FROM rm_overview_assessments a JOIN p USING (partnership_id)
         JOIN rm_overview_assessment_states s USING (assessment_id) WHERE s.from_at > $2
       UNION ALL
       SELECT min(r.from_at) FROM rm_overview_priority r JOIN p USING (partnership_id) WHERE r.from_at > $2
       UNION ALL
       SELECT min(s.from_at) FROM rm_overview_support_cases c JOIN p USING (partnership_id)
         JOIN rm_overview_support_states s USING (case_id) WHERE s.from_at > $2
     ) later`,
    [region, asOf],
  );
  const next = rows[0]?.next ?? null;
  return next === null ? null : new Date(next).toISOString();
}
