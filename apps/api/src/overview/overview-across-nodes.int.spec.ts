/**
 * Two nodes on one PostgreSQL database (DATABASE_URL): a change made through one is in the other's
 * overview as soon as the database announces it, without the other asking the database per
 * request; and when the other's listening connection is cut, it asks per request again until it
 * listens once more (ADR 9).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { OVERVIEW_READ_MODEL_VERSION, type ReadModelVersion } from '@nsf/api-overview';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { startPlatform, type GraphQLResponse, type PlatformHarness } from '../testing/platform-harness';

const REGION = `query Region($region: String!) {
  regionOverview(region: $region) { partnerships { partnershipId openSupport } }
}`;
const REQUEST = `mutation R($input: RequestSupportInput!) { requestSupport(input: $input) { status } }`;
const ALLERDALE = 'north_west-allerdale-cdrp';

type Overview = { regionOverview: { partnerships: { partnershipId: string; openSupport: number }[] } };

function ok<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors) throw new Error(`unexpected error: ${response.errors[0].message}`);
  if (!response.data) throw new Error('no data');
  return response.data;
}

/** Polls `condition` until it holds (a wait for an outcome, not a timing assertion). */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

const onServer = testDrivers().includes('postgres') ? describe : describe.skip;

onServer('the overview on two nodes of one PostgreSQL database (needs DATABASE_URL)', () => {
  let writer: Awaited<ReturnType<typeof startPlatform>>;
  let reader: PlatformHarness;
  let readerDir: string;
  let lead: string;
  let coordinator: string;
  let readerVersion: ReadModelVersion;

  const openSupportSeenByReader = async () => {
    const overview = ok(await reader.graphql<Overview>(REGION, { region: 'NORTH_WEST' }, coordinator));
    return overview.regionOverview.partnerships.find((row) => row.partnershipId === ALLERDALE)?.openSupport;
  };
  const requestSupportThroughWriter = async (offerId: string) => {
    const input = { partnershipId: ALLERDALE, offerId, need: 'Analysts', commandId: randomUUID() };
    ok(await writer.graphql(REQUEST, { input }, lead));
  };
  const heardVersion = async () => (await readerVersion.current()).startsWith('heard');

  beforeAll(async () => {
    writer = await startPlatform('postgres', { seedDemoData: true });
    readerDir = mkdtempSync(join(tmpdir(), 'nsf-reader-'));
    reader = await startPlatform('postgres', { reuse: { dataDir: readerDir, database: writer.database } });
    // The reader applies nothing itself: whatever it learns of the writer's changes, it is told.
    await reader.app.get<ProjectionRunner>(PROJECTION_RUNNER).stop();
    readerVersion = reader.app.get<ReadModelVersion>(OVERVIEW_READ_MODEL_VERSION);
    lead = await writer.signIn('liam.lead');
    coordinator = await reader.signIn('nora.northwest');
    await eventually(heardVersion, 'the reader listens for checkpoint moves');
  });
  afterAll(async () => {
    await reader.stop();
    rmSync(readerDir, { recursive: true, force: true });
    await writer.dispose();
  });

  it('shows a change made through the other node once the database announces it', async () => {
    const before = await openSupportSeenByReader();
    const versionBefore = await readerVersion.current();
    expect(await openSupportSeenByReader()).toBe(before);
    expect(await readerVersion.current()).toBe(versionBefore);

    await requestSupportThroughWriter('problem-solving-training');
    await eventually(
      async () => (await openSupportSeenByReader()) === (before ?? 0) + 1,
      'the reader shows the request',
    );
    expect(await readerVersion.current()).not.toBe(versionBefore);
    expect(await heardVersion()).toBe(true);
  });

  it('asks the database per request while its listening connection is cut, and listens again', async () => {
    const db = reader.app.get<SqlDatabase>(SQL_DATABASE);
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query = 'LISTEN "nsf_checkpoint_moves"'`,
    );
    await eventually(async () => !(await heardVersion()), 'the reader notices the cut');
    const stored = await readerVersion.current();
    expect(JSON.parse(stored)).toEqual([
      ['overview', expect.any(String)],
      ['partnerships', expect.any(String)],
    ]);

    const before = await openSupportSeenByReader();
    await requestSupportThroughWriter('mentoring');
    await eventually(async () => (await openSupportSeenByReader()) === (before ?? 0) + 1, 'the reader shows it');
    await eventually(heardVersion, 'the reader listens again');
  });
});
