import type {
  SupportDecidedData,
  SupportDeliveredData,
  SupportOutcomeRecordedData,
  SupportRequestedData,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import { insertRows, type RowColumn } from '../batch/insert-rows';
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
  async apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
    const cases: unknown[][] = [];
    const states: unknown[][] = [];
    // Each case the batch touches as its latest state row leaves it: first as stored, then as folded.
    const latest = await latestStates(tx, casesChangedIn(events));
    const addState = (event: RecordedEvent, caseId: string, state: CaseState): void => {
      latest.set(caseId, state);
      states.push([caseId, event.revision, event.occurredAt, ...STATE_VALUES.map((column) => state[column])]);
    };
    const changeState = (event: RecordedEvent, caseId: string, changes: Partial<CaseState>): void => {
      // A case's events all follow its raising in its own stream; as in evolveSupportCase, an event
      // of a case never raised changes nothing.
      const previous = latest.get(caseId);
      if (!previous) return;
      const moved = changes.status !== undefined && changes.status !== previous.status;
      addState(event, caseId, {
        ...previous,
        ...changes,
        status_since: moved ? event.occurredAt : previous.status_since,
      });
    };
    for (const event of events) {
      switch (event.type) {
        case 'SupportRequested':
        case 'SupportProposed': {
          const data = event.data as SupportRequestedData;
          const raisedAs = event.type === 'SupportRequested' ? 'requested' : 'proposed';
          cases.push([data.caseId, data.partnershipId, data.offerId, data.need, raisedAs, event.occurredAt]);
          addState(event, data.caseId, { ...NOTHING_YET, status: raisedAs, status_since: event.occurredAt });
          break;
        }
        case 'SupportDecided': {
          const data = event.data as SupportDecidedData;
          changeState(event, data.caseId, {
            status: data.decision.toLowerCase(),
            decision: data.decision,
            rationale: data.rationale,
            decided_at: event.occurredAt,
          });
          break;
        }
        case 'SupportDelivered': {
          const data = event.data as SupportDeliveredData;
          changeState(event, data.caseId, { status: 'delivered', delivered_on: data.deliveredOn });
          break;
        }
        case 'SupportOutcomeRecorded': {
          const { caseId, ...outcome } = event.data as SupportOutcomeRecordedData;
          changeState(event, caseId, { outcome: JSON.stringify(outcome), outcome_at: event.occurredAt });
          break;
        }
        default:
          break;
      }
    }
    await insertRows(tx, 'rm_support_pipeline_cases', CASE_COLUMNS, cases);
    await insertRows(tx, 'rm_support_pipeline_states', STATE_COLUMNS, states);
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

const CASE_COLUMNS: readonly RowColumn[] = [
  { name: 'case_id', type: 'text' },
  { name: 'partnership_id', type: 'text' },
  { name: 'offer_id', type: 'text' },
  { name: 'need', type: 'text' },
  { name: 'raised_as', type: 'text' },
  { name: 'raised_at', type: 'timestamptz' },
];

const STATE_VALUES = [
  'status',
  'status_since',
  'decision',
  'rationale',
  'decided_at',
  'delivered_on',
  'outcome',
  'outcome_at',
] as const satisfies readonly (keyof CaseState)[];

const STATE_COLUMNS: readonly RowColumn[] = [
  { name: 'case_id', type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'from_at', type: 'timestamptz' },
  { name: 'status', type: 'text' },
  { name: 'status_since', type: 'timestamptz' },
  { name: 'decision', type: 'text' },
  { name: 'rationale', type: 'text' },
  { name: 'decided_at', type: 'timestamptz' },
  { name: 'delivered_on', type: 'text' },
  { name: 'outcome', type: 'jsonb' },
  { name: 'outcome_at', type: 'timestamptz' },
];

const CHANGES_OF_A_CASE = new Set(['SupportDecided', 'SupportDelivered', 'SupportOutcomeRecorded']);

/** The cases whose later events the batch holds: their latest state row is where folding starts. */
function casesChangedIn(events: readonly RecordedEvent[]): string[] {
  const ids = events
    .filter((event) => CHANGES_OF_A_CASE.has(event.type))
    .map((event) => (event.data as { caseId: string }).caseId);
  return [...new Set(ids)];
}

async function latestStates(tx: SqlQueryable, caseIds: readonly string[]): Promise<Map<string, CaseState>> {
  if (caseIds.length === 0) return new Map();
  const { rows } = await tx.query<CaseState & { case_id: string }>(
    `SELECT DISTINCT ON (case_id) case_id, status, status_since::text, decision, rationale, decided_at::text,
            delivered_on, outcome::text, outcome_at::text
       FROM rm_support_pipeline_states WHERE case_id = ANY($1::text[])
      ORDER BY case_id, revision DESC`,
    [caseIds],
  );
  return new Map(rows.map(({ case_id, ...state }) => [case_id, state]));
}
