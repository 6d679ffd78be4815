import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import { insertRows, type RowColumn } from '../batch/insert-rows';
import type { Projection } from '../projection';
import { partnershipRows, rowsBelongingTo } from '../row-security/read-model-row-security';
import { assessmentsValidatedIn, foldOverviewBatch, type AssessmentBefore } from './overview-batch';

/**
 * The coordinator's overview, kept so it can be read "as of" any instant: every change of an
 * assessment's status, a partnership's priority and a support case's status is a row stamped
 * with its business time (occurredAt) and stream revision, never an update in place. A read as of
 * T takes, per record, the row of the highest revision at or before T — what a replay of the
 * events up to T would end with. Hallmark levels are fixed when an assessment is validated
 * (a validated assessment cannot change), so they are written once. A request reads the rows of
 * the partnerships in its scope; the status and score rows follow the assessment or case they
 * belong to.
 */
export const overviewProjection: Projection = {
  name: 'overview',
  tables: [
    'rm_overview_assessments',
    'rm_overview_assessment_states',
    'rm_overview_scores',
    'rm_overview_hallmark_levels',
    'rm_overview_priority',
    'rm_overview_support_cases',
    'rm_overview_support_states',
  ],
  schema: `
    CREATE TABLE IF NOT EXISTS rm_overview_assessments (
      assessment_id     text PRIMARY KEY,
      partnership_id    text NOT NULL,
      period            text NOT NULL,
      framework_version text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rm_overview_assessments_by_partnership
      ON rm_overview_assessments (partnership_id, period);
    CREATE TABLE IF NOT EXISTS rm_overview_assessment_states (
      assessment_id text NOT NULL,
      revision      bigint NOT NULL,
      status        text NOT NULL,
      from_at       timestamptz NOT NULL,
      PRIMARY KEY (assessment_id, revision)
    );
    CREATE TABLE IF NOT EXISTS rm_overview_scores (
      assessment_id text NOT NULL,
      criterion_id  text NOT NULL,
      hallmark_id   text NOT NULL,
      score         integer NOT NULL,
      PRIMARY KEY (assessment_id, criterion_id)
    );
    CREATE TABLE IF NOT EXISTS rm_overview_hallmark_levels (
      partnership_id text NOT NULL,
      assessment_id  text NOT NULL,
      period         text NOT NULL,
      hallmark_id    text NOT NULL,
      average        numeric(4, 2) NOT NULL,
      validated_at   timestamptz NOT NULL,
      PRIMARY KEY (assessment_id, hallmark_id)
    );
    CREATE INDEX IF NOT EXISTS rm_overview_levels_by_partnership
      ON rm_overview_hallmark_levels (partnership_id, hallmark_id, period);
    CREATE TABLE IF NOT EXISTS rm_overview_priority (
      partnership_id text NOT NULL,
      revision       bigint NOT NULL,
      priority       boolean NOT NULL,
      from_at        timestamptz NOT NULL,
      PRIMARY KEY (partnership_id, revision)
    );
    CREATE TABLE IF NOT EXISTS rm_overview_support_cases (
      case_id        text PRIMARY KEY,
      partnership_id text NOT NULL,
      offer_id       text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rm_overview_support_by_partnership ON rm_overview_support_cases (partnership_id);
    CREATE TABLE IF NOT EXISTS rm_overview_support_states (
      case_id  text NOT NULL,
      revision bigint NOT NULL,
      status   text NOT NULL,
      from_at  timestamptz NOT NULL,
      PRIMARY KEY (case_id, revision)
    );
    ${partnershipRows('rm_overview_assessments')}
    ${rowsBelongingTo('rm_overview_assessment_states', 'assessment_id', 'rm_overview_assessments')}
    ${rowsBelongingTo('rm_overview_scores', 'assessment_id', 'rm_overview_assessments')}
    ${partnershipRows('rm_overview_hallmark_levels')}
    ${partnershipRows('rm_overview_priority')}
    ${partnershipRows('rm_overview_support_cases')}
    ${rowsBelongingTo('rm_overview_support_states', 'case_id', 'rm_overview_support_cases')}
  `,
  async apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
    const rows = foldOverviewBatch(events, await assessmentsBefore(tx, assessmentsValidatedIn(events)));
    await insertRows(tx, 'rm_overview_assessments', ASSESSMENT_COLUMNS, rows.assessments);
    await insertRows(tx, 'rm_overview_assessment_states', STATE_COLUMNS('assessment_id'), rows.assessmentStates);
    await insertRows(
      tx,
      'rm_overview_scores',
      SCORE_COLUMNS,
      rows.scores,
      'ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET score = EXCLUDED.score',
    );
    await insertRows(tx, 'rm_overview_hallmark_levels', LEVEL_COLUMNS, rows.hallmarkLevels);
    await insertRows(tx, 'rm_overview_priority', PRIORITY_COLUMNS, rows.priority);
    await insertRows(tx, 'rm_overview_support_cases', SUPPORT_CASE_COLUMNS, rows.supportCases);
    await insertRows(tx, 'rm_overview_support_states', STATE_COLUMNS('case_id'), rows.supportStates);
  },
};

const ASSESSMENT_COLUMNS: readonly RowColumn[] = [
  { name: 'assessment_id', type: 'text' },
  { name: 'partnership_id', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'framework_version', type: 'text' },
];
const STATE_COLUMNS = (key: string): readonly RowColumn[] => [
  { name: key, type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'status', type: 'text' },
  { name: 'from_at', type: 'timestamptz' },
];
const SCORE_COLUMNS: readonly RowColumn[] = [
  { name: 'assessment_id', type: 'text' },
  { name: 'criterion_id', type: 'text' },
  { name: 'hallmark_id', type: 'text' },
  { name: 'score', type: 'integer' },
];
const LEVEL_COLUMNS: readonly RowColumn[] = [
  { name: 'partnership_id', type: 'text' },
  { name: 'assessment_id', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'hallmark_id', type: 'text' },
  { name: 'average', type: 'numeric' },
  { name: 'validated_at', type: 'timestamptz' },
];
const PRIORITY_COLUMNS: readonly RowColumn[] = [
  { name: 'partnership_id', type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'priority', type: 'boolean' },
  { name: 'from_at', type: 'timestamptz' },
];
const SUPPORT_CASE_COLUMNS: readonly RowColumn[] = [
  { name: 'case_id', type: 'text' },
  { name: 'partnership_id', type: 'text' },
  { name: 'offer_id', type: 'text' },
];

/** The stored assessment and scores of each assessment the batch validates (those opened earlier). */
async function assessmentsBefore(
  tx: SqlQueryable,
  assessmentIds: readonly string[],
): Promise<Map<string, AssessmentBefore>> {
  const before = new Map<string, AssessmentBefore>();
  if (assessmentIds.length === 0) return before;
  const { rows } = await tx.query<{
    assessment_id: string;
    partnership_id: string;
    period: string;
    criterion_id: string | null;
    score: number | null;
  }>(
    `SELECT a.assessment_id, a.partnership_id, a.period, s.criterion_id, s.score
       FROM rm_overview_assessments a LEFT JOIN rm_overview_scores s USING (assessment_id)
      WHERE a.assessment_id = ANY($1::text[])`,
    [assessmentIds],
  );
  const scoresOf = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let scores = scoresOf.get(row.assessment_id);
    if (!scores) {
      scores = new Map();
      scoresOf.set(row.assessment_id, scores);
      before.set(row.assessment_id, { partnershipId: row.partnership_id, period: row.period, scores });
    }
    if (row.criterion_id !== null) scores.set(row.criterion_id, Number(row.score));
  }
  return before;
}
