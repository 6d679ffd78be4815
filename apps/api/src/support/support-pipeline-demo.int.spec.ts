/**
 * The support pipeline on the demo history: for the North West, now and as of an instant in the
 * middle of the history, every case stands exactly where a fold of its own events up to then
 * (the domain's evolveSupportCase over the store's rows) leaves it.
 */
import { PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import {
  evolveSupportCase,
  initialSupportCaseState,
  type PartnershipRegisteredData,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { startPlatform } from '../testing/platform-harness';
import { PIPELINE, must, type Pipeline } from './support-pipeline-requests';

interface EventRow {
  stream_id: string;
  event_type: string;
  data: unknown;
  occurred_at: Date | string;
}

/** What the fold says of each case of the region at the instant, in the pipeline's words. */
async function replayed(db: SqlDatabase, region: string, asOf: string) {
  const { rows } = await db.query<EventRow>(
    `SELECT stream_id, event_type, data, occurred_at FROM nsf_events
      WHERE stream_id LIKE 'support-%' OR event_type = 'PartnershipRegistered'
      ORDER BY stream_id, revision`,
  );
  const upTo = rows.filter((row) => new Date(row.occurred_at).getTime() <= Date.parse(asOf));
  const inRegion = new Set(
    upTo
      .filter((row) => row.event_type === 'PartnershipRegistered')
      .map((row) => row.data as PartnershipRegisteredData)
      .filter((data) => data.region === region)
      .map((data) => data.partnershipId),
  );
  const states = new Map<string, SupportCaseState>();
  for (const row of upTo) {
    if (!row.stream_id.startsWith('support-')) continue;
    const event = { type: row.event_type, schemaVersion: 1, data: row.data } as SupportCaseEvent;
    states.set(row.stream_id, evolveSupportCase(states.get(row.stream_id) ?? initialSupportCaseState, event));
  }
  return [...states.values()]
    .flatMap((state) => (state.status !== 'none' && inRegion.has(state.partnershipId) ? [state] : []))
    .map((state) => ({
      id: state.caseId,
      partnershipId: state.partnershipId,
      offerId: state.offerId,
      status: state.status.toUpperCase(),
      decision: state.decision?.decision ?? null,
      rationale: state.decision?.rationale ?? null,
      deliveredOn: state.delivery?.deliveredOn ?? null,
      outcome: state.outcome ? state.outcome.hallmarks.map((h) => `${h.hallmarkId}:${h.movement}`) : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function answered(pipeline: Pipeline) {
  return pipeline.stages
    .flatMap((stage) => stage.cases)
    .map((c) => ({
      id: c.id,
      partnershipId: c.partnershipId,
      offerId: c.offer.id,
      status: c.status,
      decision: c.decision,
      rationale: c.rationale,
      deliveredOn: c.deliveredOn,
      outcome: c.outcome ? c.outcome.hallmarks.map((h) => `${h.hallmarkId}:${h.movement}`) : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe.each(testDrivers())('the support pipeline on the demo history on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let coordinator: string;

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    coordinator = await platform.signIn('nora.northwest');
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  });
  afterAll(() => platform.dispose());

  it.each([
    ['now', undefined],
    ['as of the end of 2010', '2010-12-31T23:59:59.999Z'],
  ])('holds every North West case where its events leave it, %s', async (_when, asOf) => {
    const { supportPipeline } = await must(
      'reading',
      platform.graphql<{ supportPipeline: Pipeline }>(PIPELINE, { region: 'NORTH_WEST', asOf }, coordinator),
    );
    const expected = await replayed(db, 'NORTH_WEST', asOf ?? supportPipeline.asOf);
    expect(answered(supportPipeline)).toEqual(expected);
    expect(supportPipeline.total).toBe(expected.length);
    for (const stage of supportPipeline.stages) {
      expect(stage.count).toBe(expected.filter((c) => c.status === stage.status).length);
      expect(stage.cases.every((c) => c.status === stage.status)).toBe(true);
    }
    // The demo history has support at every stage but the proposed-and-undecided one.
    expect(supportPipeline.stages.filter((stage) => stage.count > 0).length).toBeGreaterThanOrEqual(3);
  });
});
