import type {
  SupportDecidedData,
  SupportDeliveredData,
  SupportOutcomeRecordedData,
  SupportRequestedData,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';
import { partnershipRows, rowsBelongingTo } from '../row-security/read-model-row-security';

/**
 * The support pipeline: every support case with where it stands, kept so it can be read "as of"
 * any instant, like the overview. A case's facts that never change (partnership, offer, need, how
 * and when it was raised) are written once; each later event of the case adds a state row, stamped
 * with its business time and stream revision, that carries the whole case as that event left it
 * (status, latest decision and rationale, delivery, outcome). A read as of T takes each case's row
 * of the highest revision at or before T: what a replay of its events up to T ends with.
 *
 * A projection of its own, not more columns on the overview's support tables: a new projection
 * starts from an empty checkpoint and fills itself from the whole log on first start, where new
 * columns on existing tables would stay empty for every case recorded before them.
 */
export const supportPipelineProjection: Projection = {
  name: 'support_pipeline',
  tables: ['rm_support_pipeline_cases', 'rm_support_pipeline_states'],
  schema: `
    CREATE TABLE IF NOT EXISTS rm_support_pipeline_cases (
      case_id        text PRIMARY KEY,
      partnership_id text NOT NULL,
      offer_id       text NOT NULL,
      need           text NOT NULL,
      raised_as      text NOT NULL,
      raised_at      timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rm_support_pipeline_by_partnership ON rm_support_pipeline_cases (partnership_id);
    CREATE TABLE IF NOT EXISTS rm_support_pipeline_states (
      case_id      text NOT NULL,
      revision     bigint NOT NULL,
      from_at      timestamptz NOT NULL,
      status       text NOT NULL,
      status_since timestamptz NOT NULL,
      decision     text,
      rationale    text,
      decided_at   timestamptz,
      delivered_on text,
      outcome      jsonb,
      outcome_at   timestamptz,
      PRIMARY KEY (case_id, revision)
    );
    ${partnershipRows('rm_support_pipeline_cases')}
    ${rowsBelongingTo('rm_support_pipeline_states', 'case_id', 'rm_support_pipeline_cases')}
  `,
  async apply(tx: SqlQueryable, event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'SupportRequested':
      case 'SupportProposed': {
        const data = event.data as SupportRequestedData;
        const raisedAs = event.type === 'SupportRequested' ? 'requested' : 'proposed';
        await tx.query(
          `INSERT INTO rm_support_pipeline_cases (case_id, partnership_id, offer_id, need, raised_as, raised_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [data.caseId, data.partnershipId, data.offerId, data.need, raisedAs, event.occurredAt],
        );
        return insertState(tx, event, data.caseId, {
          ...NOTHING_YET,
          status: raisedAs,
          status_since: event.occurredAt,
        });
      }
      case 'SupportDecided': {
        const data = event.data as SupportDecidedData;
        return changeState(tx, event, data.caseId, {
          status: data.decision.toLowerCase(),
          decision: data.decision,
          rationale: data.rationale,
          decided_at: event.occurredAt,
        });
      }
      case 'SupportDelivered': {
        const data = event.data as SupportDeliveredData;
        return changeState(tx, event, data.caseId, { status: 'delivered', delivered_on: data.deliveredOn });
      }
      case 'SupportOutcomeRecorded': {
        const { caseId, ...outcome } = event.data as SupportOutcomeRecordedData;
        return changeState(tx, event, caseId, { outcome: JSON.stringify(outcome), outcome_at: event.occurredAt });
      }
      default:
        return;
    }
  },
};

/** One state row's columns besides its key; `outcome` is JSON text going in. */
interface CaseState {
  status: string;
  /** When the case entered its status: a second deferral leaves it deferred since the first. */
  status_since: string;
  decision: string | null;
  rationale: string | null;
  decided_at: string | null;
  delivered_on: string | null;
  outcome: string | null;
  outcome_at: string | null;
}

const NOTHING_YET: Omit<CaseState, 'status' | 'status_since'> = {
  decision: null,
  rationale: null,
  decided_at: null,
  delivered_on: null,
  outcome: null,
  outcome_at: null,
};

/** The case as its latest state row left it, with the event's changes, as a new row. */
async function changeState(
  tx: SqlQueryable,
  event: RecordedEvent,
  caseId: string,
  changes: Partial<CaseState>,
): Promise<void> {
  const { rows } = await tx.query<CaseState>(
    `SELECT status, status_since::text, decision, rationale, decided_at::text, delivered_on, outcome::text,
            outcome_at::text
       FROM rm_support_pipeline_states WHERE case_id = $1 ORDER BY revision DESC LIMIT 1`,
    [caseId],
  );
  // A case's events all follow its raising in its own stream; as in evolveSupportCase, an event
  // of a case never raised changes nothing.
  const previous = rows[0];
  if (!previous) return;
  const moved = changes.status !== undefined && changes.status !== previous.status;
  await insertState(tx, event, caseId, {
    ...previous,
    ...changes,
    status_since: moved ? event.occurredAt : previous.status_since,
  });
}

async function insertState(tx: SqlQueryable, event: RecordedEvent, caseId: string, state: CaseState): Promise<void> {
  await tx.query(
    `INSERT INTO rm_support_pipeline_states
       (case_id, revision, from_at, status, status_since, decision, rationale, decided_at, delivered_on, outcome,
        outcome_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)`,
    [
      caseId,
      event.revision,
      event.occurredAt,
      state.status,
      state.status_since,
      state.decision,
      state.rationale,
      state.decided_at,
      state.delivered_on,
      state.outcome,
      state.outcome_at,
    ],
  );
}
