import { randomUUID } from 'node:crypto';
import { PROJECTION_RUNNER } from '@nsf/api-core';
import { CURRENT_FRAMEWORK, allCriteria } from '@nsf/domain';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers } from '@nsf/sql';
import { OPEN, SUBMIT, scoreEach } from '../assessments/assessment-requests';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const HALLMARK_FIELDS = 'hallmarkId period average level label trend';
const ROW_FIELDS = `partnershipId name region hallmarks { ${HALLMARK_FIELDS} } cycle { period status } overdue returned priority openSupport`;
const REGION = `query Region($region: String!, $asOf: DateTime) {
  regionOverview(region: $region, asOf: $asOf) { region asOf partnerships { ${ROW_FIELDS} } }
}`;
const NATION = `query Nation($asOf: DateTime) { nationalOverview(asOf: $asOf) { region partnerships { partnershipId region } } }`;
const VALIDATE = `mutation V($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { status } }`;
const DESIGNATE = `mutation D($input: DesignatePriorityInput!) { designatePriority(input: $input) { priority } }`;
const REQUEST = `mutation R($input: RequestSupportInput!) { requestSupport(input: $input) { status } }`;

interface Row {
  partnershipId: string;
  name: string;
  region: string;
  hallmarks: {
    hallmarkId: string;
    period: string | null;
    average: number | null;
    level: number | null;
    label: string | null;
    trend: string | null;
  }[];
  cycle: { period: string; status: string } | null;
  overdue: boolean;
  returned: boolean;
  priority: boolean;
  openSupport: number;
}
interface Overview {
  region: string | null;
  asOf: string;
  partnerships: Row[];
}

const ALLERDALE = 'north_west-allerdale-cdrp';
/** A period after the demo data's, so this spec's cycle is the partnership's latest. */
const PERIOD = '2012-13';
const ASSESSMENT_ID = `${ALLERDALE}-${PERIOD}`;
const LEADERSHIP = CURRENT_FRAMEWORK.hallmarks.find((hallmark) => hallmark.id === 'leadership');

function ok<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors) throw new Error(`unexpected error: ${response.errors[0].message}`);
  if (!response.data) throw new Error('no data');
  return response.data;
}

describe.each(testDrivers())('the coordinators’ overview through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let coordinator: string;
  let before: string;
  let beforeRow: Row;
  let afterRow: Row;

  const region = async (token: string, variables: Record<string, unknown>) => {
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    return platform.graphql<{ regionOverview: Overview }>(REGION, variables, token);
  };
  const allerdale = (overview: Overview): Row => {
    const row = overview.partnerships.find((candidate) => candidate.partnershipId === ALLERDALE);
    if (!row) throw new Error('Allerdale is missing from the North West overview');
    return row;
  };

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    coordinator = await platform.signIn('nora.northwest');
    const lead = await platform.signIn('liam.lead');
    beforeRow = allerdale(ok(await region(coordinator, { region: 'NORTH_WEST' })).regionOverview);
    before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    // A full cycle, moderated down on one leadership criterion, then priority and a support request.
    ok(await platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: PERIOD } }, lead));
    const criteria = allCriteria().map((criterion) => criterion.id);
    await scoreEach(platform, lead, ASSESSMENT_ID, criteria, 3);
    ok(await platform.graphql(SUBMIT, { input: { assessmentId: ASSESSMENT_ID } }, lead));
    ok(
      await platform.graphql(
        VALIDATE,
        {
          input: {
            assessmentId: ASSESSMENT_ID,
            moderatedScores: [{ criterionId: 'leadership.2', score: 2, reason: 'No evidence from this year' }],
          },
        },
        coordinator,
      ),
    );
    ok(
      await platform.graphql(
        DESIGNATE,
        { input: { partnershipId: ALLERDALE, rationale: 'Leadership is below Established' } },
        coordinator,
      ),
    );
    ok(
      await platform.graphql(
        REQUEST,
        {
          input: {
            partnershipId: ALLERDALE,
            offerId: 'problem-solving-training',
            need: 'Analysts',
            commandId: randomUUID(),
          },
        },
        lead,
      ),
    );
    afterRow = allerdale(ok(await region(coordinator, { region: 'NORTH_WEST' })).regionOverview);
  });
  afterAll(() => platform.dispose());

  it('shows the partnership’s validated levels, with moderation taken into account', () => {
    const criteria = LEADERSHIP?.criteria.length ?? 0;
    const expected = Math.round(((3 * (criteria - 1) + 2) / criteria) * 100) / 100;
    const leadership = afterRow.hallmarks.find((hallmark) => hallmark.hallmarkId === 'leadership');
    expect(leadership).toMatchObject({ period: PERIOD, average: expected, level: 3, label: 'Established' });
    expect(afterRow.hallmarks.map((hallmark) => hallmark.hallmarkId)).toEqual(
      CURRENT_FRAMEWORK.hallmarks.map((hallmark) => hallmark.id),
    );
    const previous = beforeRow.hallmarks.find((hallmark) => hallmark.hallmarkId === 'leadership')?.average ?? null;
    const trend = previous === null ? 'NEW' : expected > previous ? 'UP' : expected < previous ? 'DOWN' : 'SAME';
    expect(leadership?.trend).toBe(trend);
  });

  it('shows the current cycle, the priority flag and open support', () => {
    expect(afterRow).toMatchObject({
      cycle: { period: PERIOD, status: 'VALIDATED' },
      overdue: false,
      returned: false,
      priority: true,
      openSupport: beforeRow.openSupport + 1,
    });
  });

  it('turns back to any instant: as of before the cycle it is exactly as it was', async () => {
    const asThen = allerdale(ok(await region(coordinator, { region: 'NORTH_WEST', asOf: before })).regionOverview);
    expect(asThen).toEqual(beforeRow);
  });

  it('answers “now” again with only the instant moved, and as a replay as of that instant would', async () => {
    const asked = Date.now();
    const first = ok(await region(coordinator, { region: 'NORTH_WEST' })).regionOverview;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = ok(await region(coordinator, { region: 'NORTH_WEST' })).regionOverview;
    expect(Date.parse(first.asOf)).toBeGreaterThanOrEqual(asked);
    expect(Date.parse(again.asOf)).toBeGreaterThan(Date.parse(first.asOf));
    expect({ ...again, asOf: first.asOf }).toEqual(first);
    const replayed = ok(await region(coordinator, { region: 'NORTH_WEST', asOf: again.asOf })).regionOverview;
    expect(replayed).toEqual(again);
  });

  it('shows no partnership before it was registered', async () => {
    const overview = ok(await region(coordinator, { region: 'NORTH_WEST', asOf: '2000-01-01T00:00:00Z' }));
    expect(overview.regionOverview.partnerships).toEqual([]);
  });

  it('lets national and auditors see every region and the nation', async () => {
    const auditor = await platform.signIn('aisha.auditor');
    expect(allerdale(ok(await region(auditor, { region: 'NORTH_WEST' })).regionOverview)).toEqual(afterRow);
    const national = ok(
      await platform.graphql<{ nationalOverview: Overview }>(NATION, {}, await platform.signIn('nadia.national')),
    );
    expect(national.nationalOverview.region).toBeNull();
    expect(national.nationalOverview.partnerships).toHaveLength(368);
    expect(new Set(national.nationalOverview.partnerships.map((row) => row.region)).size).toBe(10);
  });

  it.each([
    ['another region’s coordinator', 'gwen.wales', 'FORBIDDEN'],
    ['a partnership lead', 'liam.lead', 'FORBIDDEN'],
    ['a partnership member', 'maya.member', 'FORBIDDEN'],
  ])('refuses the North West to %s', async (_who, username, code) => {
    const response = await region(await platform.signIn(username), { region: 'NORTH_WEST' });
    expect(response.errors?.[0].extensions?.['code']).toBe(code);
    expect(response.data?.regionOverview ?? null).toBeNull();
  });

  it('refuses the national overview to a coordinator, and both to a caller without a token', async () => {
    const byCoordinator = await platform.graphql(NATION, {}, coordinator);
    expect(byCoordinator.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await platform.graphql(REGION, { region: 'NORTH_WEST' });
    expect(anonymous.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a region that does not exist', async () => {
    const response = await region(coordinator, { region: 'ATLANTIS' });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'region' } });
  });
});
