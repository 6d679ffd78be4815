import {
  FRAMEWORKS,
  allCriteria,
  hallmarkAverage,
  type AssessmentOpenedData,
  type CriterionScoredData,
  type AssessmentValidatedData,
  type SupportDecidedData,
  type SupportRequestedData,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';
import { partnershipRows, rowsBelongingTo } from '../row-security/read-model-row-security';

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
  async apply(tx: SqlQueryable, event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'AssessmentOpened': {
        const data = event.data as AssessmentOpenedData;
        await tx.query(
          `INSERT INTO rm_overview_assessments (assessment_id, partnership_id, period, framework_version)
           VALUES ($1, $2, $3, $4)`,
          [data.assessmentId, data.partnershipId, data.period, data.frameworkVersion],
        );
        return assessmentStatus(tx, event, data.assessmentId, 'open');
      }
      case 'CriterionScored':
        return recordScore(tx, event.data as CriterionScoredData);
      case 'AssessmentSubmitted':
        return assessmentStatus(tx, event, (event.data as { assessmentId: string }).assessmentId, 'submitted');
      case 'AssessmentReturned':
        return assessmentStatus(tx, event, (event.data as { assessmentId: string }).assessmentId, 'returned');
      case 'AssessmentValidated':
        await assessmentStatus(tx, event, (event.data as AssessmentValidatedData).assessmentId, 'validated');
        return recordLevels(tx, event, event.data as AssessmentValidatedData);
      case 'PriorityDesignated':
      case 'PriorityLifted':
        await tx.query(
          `INSERT INTO rm_overview_priority (partnership_id, revision, priority, from_at) VALUES ($1, $2, $3, $4)`,
          [event.tenantId, event.revision, event.type === 'PriorityDesignated', event.occurredAt],
        );
        return;
      case 'SupportRequested':
      case 'SupportProposed': {
        const data = event.data as SupportRequestedData;
        await tx.query(
          `INSERT INTO rm_overview_support_cases (case_id, partnership_id, offer_id) VALUES ($1, $2, $3)`,
          [data.caseId, data.partnershipId, data.offerId],
        );
        return supportStatus(tx, event, data.caseId, event.type === 'SupportRequested' ? 'requested' : 'proposed');
      }
      case 'SupportDecided': {
        const data = event.data as SupportDecidedData;
        return supportStatus(tx, event, data.caseId, data.decision.toLowerCase());
      }
      case 'SupportDelivered':
        return supportStatus(tx, event, (event.data as { caseId: string }).caseId, 'delivered');
      default:
        return;
    }
  },
};

async function assessmentStatus(tx: SqlQueryable, event: RecordedEvent, assessmentId: string, status: string) {
  await tx.query(
    `INSERT INTO rm_overview_assessment_states (assessment_id, revision, status, from_at) VALUES ($1, $2, $3, $4)`,
    [assessmentId, event.revision, status, event.occurredAt],
  );
}

async function supportStatus(tx: SqlQueryable, event: RecordedEvent, caseId: string, status: string) {
  await tx.query(
    `INSERT INTO rm_overview_support_states (case_id, revision, status, from_at) VALUES ($1, $2, $3, $4)`,
    [caseId, event.revision, status, event.occurredAt],
  );
}

/**
 * A criterion id names the same criterion, under the same hallmark, in every edition that has it
 * (framework.ts), so its hallmark is found without asking which edition the assessment used.
 */
const HALLMARK_OF = new Map(
  Object.values(FRAMEWORKS).flatMap((framework) => allCriteria(framework).map((c) => [c.id, c.hallmarkId] as const)),
);

async function recordScore(tx: SqlQueryable, data: CriterionScoredData): Promise<void> {
  const hallmarkId = HALLMARK_OF.get(data.criterionId);
  if (!hallmarkId) throw new Error(`overview: ${data.criterionId} of ${data.assessmentId} is in no known framework`);
  await tx.query(
    `INSERT INTO rm_overview_scores (assessment_id, criterion_id, hallmark_id, score) VALUES ($1, $2, $3, $4)
     ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET score = EXCLUDED.score`,
    [data.assessmentId, data.criterionId, hallmarkId, data.score],
  );
}

/** Averages in TypeScript with the domain's rule, so the read model and a replay round alike. */
async function recordLevels(tx: SqlQueryable, event: RecordedEvent, data: AssessmentValidatedData): Promise<void> {
  const { rows } = await tx.query<{ criterion_id: string; hallmark_id: string; score: number }>(
    'SELECT criterion_id, hallmark_id, score FROM rm_overview_scores WHERE assessment_id = $1',
    [data.assessmentId],
  );
  const moderated = new Map(data.moderatedScores.map((m) => [m.criterionId, m.moderatedScore]));
  const byHallmark = new Map<string, number[]>();
  for (const row of rows) {
    const scores = byHallmark.get(row.hallmark_id) ?? [];
    scores.push(moderated.get(row.criterion_id) ?? Number(row.score));
    byHallmark.set(row.hallmark_id, scores);
  }
  for (const [hallmarkId, scores] of byHallmark) {
    await tx.query(
      `INSERT INTO rm_overview_hallmark_levels (partnership_id, assessment_id, period, hallmark_id, average, validated_at)
       SELECT partnership_id, assessment_id, period, $2, $3, $4 FROM rm_overview_assessments WHERE assessment_id = $1`,
      [data.assessmentId, hallmarkId, hallmarkAverage(scores), event.occurredAt],
    );
  }
}
