import type { HallmarkMovement, OpenedSupportCaseStatus, SupportDecision } from '@nsf/domain';
import type { SqlQueryable } from '@nsf/sql';

/** One support case of a region as it stood at an instant. */
export interface SupportPipelineRow {
  caseId: string;
  partnershipId: string;
  partnershipName: string;
  offerId: string;
  need: string;
  raisedAs: 'requested' | 'proposed';
  /** ISO instants. */
  raisedAt: string;
  status: OpenedSupportCaseStatus;
  statusSince: string;
  decision: SupportDecision | null;
  rationale: string | null;
  decidedAt: string | null;
  /** YYYY-MM-DD. */
  deliveredOn: string | null;
  outcome: {
    assessmentId: string;
    baselineAssessmentId: string | null;
    hallmarks: HallmarkMovement[];
    notes: string;
  } | null;
  outcomeRecordedAt: string | null;
}

interface Row {
  case_id: string;
  partnership_id: string;
  partnership_name: string;
  offer_id: string;
  need: string;
  raised_as: 'requested' | 'proposed';
  raised_at: Date | string;
  status: OpenedSupportCaseStatus;
  status_since: Date | string;
  decision: SupportDecision | null;
  rationale: string | null;
  decided_at: Date | string | null;
  delivered_on: string | null;
  outcome: SupportPipelineRow['outcome'] | string | null;
  outcome_at: Date | string | null;
}

/**
 * Every support case of the region's partnerships as of `asOf` (ISO instant), in one set-based
 * query: per case the state row of the highest revision at or before the instant. A case raised
 * later is not there yet.
 */
export async function readSupportPipeline(
  db: SqlQueryable,
  region: string,
  asOf: string,
): Promise<SupportPipelineRow[]> {
  const { rows } = await db.query<Row>(
    `SELECT c.case_id, c.partnership_id, p.name AS partnership_name, c.offer_id, c.need, c.raised_as, c.raised_at,
            s.status, s.status_since, s.decision, s.rationale, s.decided_at, s.delivered_on, s.outcome, s.outcome_at
       FROM rm_support_pipeline_cases c
       JOIN rm_partnerships p USING (partnership_id)
       JOIN LATERAL (
         SELECT * FROM rm_support_pipeline_states s
          WHERE s.case_id = c.case_id AND s.from_at <= $2
          ORDER BY s.revision DESC LIMIT 1
       ) s ON true
      WHERE p.region = $1
      ORDER BY c.case_id COLLATE "C"`,
    [region, asOf],
  );
  return rows.map((row) => ({
    caseId: row.case_id,
    partnershipId: row.partnership_id,
    partnershipName: row.partnership_name,
    offerId: row.offer_id,
    need: row.need,
    raisedAs: row.raised_as,
    raisedAt: instant(row.raised_at),
    status: row.status,
    statusSince: instant(row.status_since),
    decision: row.decision,
    rationale: row.rationale,
    decidedAt: row.decided_at === null ? null : instant(row.decided_at),
    deliveredOn: row.delivered_on,
    outcome: typeof row.outcome === 'string' ? (JSON.parse(row.outcome) as SupportPipelineRow['outcome']) : row.outcome,
    outcomeRecordedAt: row.outcome_at === null ? null : instant(row.outcome_at),
  }));
}

/** pg gives timestamptz as a Date, PGlite too; text would be PostgreSQL's own format. */
function instant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
