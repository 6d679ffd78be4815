/**
 * The support pipeline through GraphQL on a small history built through the API: exact answers
 * now and as of earlier instants, who may see it, and typed refusals.
 */
import { PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { CURRENT_FRAMEWORK, allCriteria } from '@nsf/domain';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { OPEN, SUBMIT, scoreEach } from '../assessments/assessment-requests';
import { expectRefused } from '../testing/expect-refused';
import { startPlatform, type PlatformHarness } from '../testing/platform-harness';
import {
  DECIDE,
  DELIVER,
  PIPELINE,
  PROPOSE,
  RECORD_OUTCOME,
  REQUEST,
  must,
  type Pipeline,
  type PipelineCase,
} from './support-pipeline-requests';

const REGISTER = `mutation Reg($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { id } }`;
const VALIDATE = `mutation V($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { status } }`;
const ALLERDALE = 'north_west-allerdale-cdrp';
const BARROW = 'north_west-barrow-in-furness-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const STATUSES = ['REQUESTED', 'PROPOSED', 'DEFERRED', 'APPROVED', 'DELIVERED', 'DECLINED'];
const NOTES = 'The analysts now work every hotspot through problem-solving';

/** An instant strictly between what happened before the call and what happens after it. */
async function mark(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const instant = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return instant;
}

/** The partnership's assessment for the period, every criterion scored the same, validated. */
async function validated(platform: PlatformHarness, lead: string, coordinator: string, period: string, score: number) {
  const assessmentId = `${ALLERDALE}-${period}`;
  await must(`opening ${period}`, platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period } }, lead));
  await scoreEach(
    platform,
    lead,
    assessmentId,
    allCriteria().map((criterion) => criterion.id),
    score,
  );
  await must(`submitting ${period}`, platform.graphql(SUBMIT, { input: { assessmentId } }, lead));
  await must(`validating ${period}`, platform.graphql(VALIDATE, { input: { assessmentId } }, coordinator));
}

describe.each(testDrivers())('the support pipeline through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let coordinator: string;
  let national: string;
  let start: string;
  let deferred: string;
  let end: string;
  const cases = { mentoring: '', coaching: '', training: '', welsh: '' };

  const pipeline = async (token: string | undefined, variables: Record<string, unknown>) => {
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    return platform.graphql<{ supportPipeline: Pipeline }>(PIPELINE, variables, token);
  };
  const stagesOf = (answer: Pipeline) => answer.stages.map((stage) => [stage.status, stage.cases.map((c) => c.id)]);

  beforeAll(async () => {
    platform = await startPlatform(driver);
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    national = await platform.signIn('nadia.national');
    coordinator = await platform.signIn('nora.northwest');
    const lead = await platform.signIn('liam.lead');
    for (const [name, region, type, county] of [
      ['Allerdale CDRP', 'NORTH_WEST', 'CDRP', 'Cumbria'],
      ['Barrow-in-Furness CDRP', 'NORTH_WEST', 'CDRP', 'Cumbria'],
      ['Cardiff CSP', 'WALES', 'CSP', null],
    ])
      await must(
        `registering ${name}`,
        platform.graphql(REGISTER, { input: { name, region, type, county } }, national),
      );
    await validated(platform, lead, coordinator, '2009-10', 2);
    await validated(platform, lead, coordinator, '2010-11', 3);

    start = await mark();
    const raise = async (document: string, token: string, partnershipId: string, offerId: string) => {
      const input = { partnershipId, offerId, need: 'The validated assessment shows the gap' };
      const data = await must(
        `raising ${offerId}`,
        platform.graphql<Record<string, { id: string }>>(document, { input }, token),
      );
      return Object.values(data)[0].id;
    };
    const decide = (caseId: string, decision: string, rationale: string) =>
      must(`${decision} ${caseId}`, platform.graphql(DECIDE, { input: { caseId, decision, rationale } }, coordinator));
    cases.mentoring = await raise(REQUEST, lead, ALLERDALE, 'mentoring');
    cases.coaching = await raise(PROPOSE, coordinator, BARROW, 'executive-coaching');
    await decide(cases.coaching, 'DECLINED', 'Coaching does not meet the need');
    cases.training = await raise(REQUEST, lead, ALLERDALE, 'problem-solving-training');
    await decide(cases.training, 'DEFERRED', 'Wait for the analyst to start');
    deferred = await mark();
    await decide(cases.training, 'APPROVED', 'The analyst is in post');
    await must(
      'delivering',
      platform.graphql(DELIVER, { input: { caseId: cases.training, deliveredOn: '2010-08-31' } }, coordinator),
    );
    await must(
      'recording the outcome',
      platform.graphql(
        RECORD_OUTCOME,
        { input: { caseId: cases.training, assessmentId: `${ALLERDALE}-2010-11`, notes: NOTES } },
        coordinator,
      ),
    );
    cases.welsh = await raise(REQUEST, await platform.signIn('cerys.lead'), CARDIFF, 'mentoring');
    end = await mark();
  });
  afterAll(() => platform.dispose());

  it('shows every case of the region by status, with its offer, hallmarks, rationale and outcome', async () => {
    const answer = must('reading', pipeline(coordinator, { region: 'NORTH_WEST' }));
    const { supportPipeline } = await answer;
    expect(stagesOf(supportPipeline)).toEqual([
      ['REQUESTED', [cases.mentoring]],
      ['PROPOSED', []],
      ['DEFERRED', []],
      ['APPROVED', []],
      ['DELIVERED', [cases.training]],
      ['DECLINED', [cases.coaching]],
    ]);
    expect(supportPipeline.stages.map((stage) => stage.count)).toEqual([1, 0, 0, 0, 1, 1]);
    expect(supportPipeline).toMatchObject({ region: 'NORTH_WEST', total: 3 });

    const [mentoring, training, coaching] = [0, 4, 5].map((stage) => supportPipeline.stages[stage].cases[0]);
    const untimed = ({ raisedAt: _r, statusSince: _s, decidedAt: _d, outcomeRecordedAt: _o, ...rest }: PipelineCase) =>
      rest;
    const base = {
      partnershipId: ALLERDALE,
      partnershipName: 'Allerdale CDRP',
      need: 'The validated assessment shows the gap',
    };
    expect(untimed(mentoring)).toEqual({
      ...base,
      id: cases.mentoring,
      offer: { id: 'mentoring', title: expect.any(String) as unknown },
      hallmarksServed: CURRENT_FRAMEWORK.hallmarks.map((hallmark) => hallmark.id),
      raisedAs: 'REQUESTED',
      status: 'REQUESTED',
      decision: null,
      rationale: null,
      deliveredOn: null,
      outcome: null,
    });
    expect(untimed(coaching)).toMatchObject({
      partnershipId: BARROW,
      partnershipName: 'Barrow-in-Furness CDRP',
      hallmarksServed: ['leadership', 'skills'],
      raisedAs: 'PROPOSED',
      status: 'DECLINED',
      decision: 'DECLINED',
      rationale: 'Coaching does not meet the need',
      outcome: null,
    });
    expect(untimed(training)).toMatchObject({
      ...base,
      hallmarksServed: ['intelligence', 'skills'],
      raisedAs: 'REQUESTED',
      status: 'DELIVERED',
      decision: 'APPROVED',
      rationale: 'The analyst is in post',
      deliveredOn: '2010-08-31',
      outcome: {
        assessmentId: `${ALLERDALE}-2010-11`,
        baselineAssessmentId: `${ALLERDALE}-2009-10`,
        hallmarks: [
          { hallmarkId: 'intelligence', before: 2, after: 3, movement: 'IMPROVED' },
          { hallmarkId: 'skills', before: 2, after: 3, movement: 'IMPROVED' },
        ],
        notes: NOTES,
      },
    });
    // Business time, stamped by the platform as each command was handled.
    const within = (instant: string | null) => instant !== null && instant > start && instant < end;
    expect(
      [mentoring.raisedAt, training.decidedAt, training.outcomeRecordedAt, coaching.statusSince].every(within),
    ).toBe(true);
    expect(training.raisedAt < deferred && training.statusSince > deferred).toBe(true);
    expect(training.outcomeRecordedAt! > training.statusSince).toBe(true);
    expect(mentoring.statusSince).toBe(mentoring.raisedAt);
  });

  it('turns back to any instant: as of the deferral, the training was deferred with its rationale', async () => {
    const { supportPipeline } = await must('reading', pipeline(coordinator, { region: 'NORTH_WEST', asOf: deferred }));
    expect(supportPipeline.asOf).toBe(deferred);
    expect(stagesOf(supportPipeline)).toEqual([
      ['REQUESTED', [cases.mentoring]],
      ['PROPOSED', []],
      ['DEFERRED', [cases.training]],
      ['APPROVED', []],
      ['DELIVERED', []],
      ['DECLINED', [cases.coaching]],
    ]);
    expect(supportPipeline.stages[2].cases[0]).toMatchObject({
      decision: 'DEFERRED',
      rationale: 'Wait for the analyst to start',
      deliveredOn: null,
      outcome: null,
      outcomeRecordedAt: null,
    });
  });

  it('is empty, with every status counted as nought, before any case was raised', async () => {
    const { supportPipeline } = await must('reading', pipeline(coordinator, { region: 'NORTH_WEST', asOf: start }));
    expect(supportPipeline.total).toBe(0);
    expect(supportPipeline.stages.map((stage) => [stage.status, stage.count])).toEqual(STATUSES.map((s) => [s, 0]));
  });

  it('shows each region its own cases, to the national team and auditors', async () => {
    const wales = await must('reading', pipeline(national, { region: 'WALES' }));
    expect(stagesOf(wales.supportPipeline)[0]).toEqual(['REQUESTED', [cases.welsh]]);
    expect(wales.supportPipeline.total).toBe(1);
    const byAuditor = await must('reading', pipeline(await platform.signIn('aisha.auditor'), { region: 'NORTH_WEST' }));
    expect(byAuditor.supportPipeline.total).toBe(3);
  });

  it.each([
    ['another region’s coordinator', 'gwen.wales'],
    ['a partnership lead, even of a partnership in it', 'liam.lead'],
    ['a partnership member', 'maya.member'],
  ])('refuses the North West to %s', async (_who, username) => {
    const token = await platform.signIn(username);
    await expectRefused(db, () => pipeline(token, { region: 'NORTH_WEST' }), { code: 'FORBIDDEN' });
  });

  it('refuses a caller without a token, a region that does not exist and an instant that is not one', async () => {
    await expectRefused(db, () => pipeline(undefined, { region: 'NORTH_WEST' }), { code: 'UNAUTHENTICATED' });
    await expectRefused(db, () => pipeline(coordinator, { region: 'ATLANTIS' }), {
      code: 'BAD_USER_INPUT',
      field: 'region',
    });
    await expectRefused(db, () => pipeline(coordinator, { region: 'NORTH_WEST', asOf: 'last Tuesday' }), {
      code: 'BAD_USER_INPUT',
    });
  });
});
