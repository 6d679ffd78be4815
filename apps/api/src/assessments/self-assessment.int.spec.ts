import { randomUUID } from 'node:crypto';
import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { allCriteria } from '@nsf/domain';
import { verifyChain, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';
import { OPEN, SCORE, SUBMIT, countEvents, scoreEach, type Assessment } from './assessment-requests';

const ALLERDALE = 'north_west-allerdale-cdrp';
// The demo history fills 2009-10 to 2011-12 for every partnership; these specs run later years.
const PERIOD = '2012-13';
const NEXT_PERIOD = '2013-14';
const NEVER_OPENED = '2014-15';
const READ_AT_ONCE = '2015-16';
const ASSESSMENT_ID = `${ALLERDALE}-${PERIOD}`;
const STREAM = `assessment-${ASSESSMENT_ID}`;
const CRITERIA = allCriteria().map((criterion) => criterion.id);

describe.each(testDrivers())('self-assessment through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let lead: string;
  let db: SqlDatabase;
  let store: EventStore;

  const eventCount = () => countEvents(db);
  const open = (input: Record<string, unknown>, token: string | undefined = lead) =>
    platform.graphql<{ openAssessment: Assessment }>(OPEN, { input }, token);
  const score = (input: Record<string, unknown>, token: string | undefined = lead) =>
    platform.graphql<{ scoreCriterion: Assessment }>(
      SCORE,
      { input: { assessmentId: ASSESSMENT_ID, rationale: 'Agreed at the partnership board', ...input } },
      token,
    );
  const submit = (token: string | undefined = lead) =>
    platform.graphql<{ submitAssessment: Assessment }>(SUBMIT, { input: { assessmentId: ASSESSMENT_ID } }, token);

  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    lead = await platform.signIn('liam.lead');
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => platform.dispose());

  describe('when the partnership’s lead works through the cycle', () => {
    it('opens a period against the current framework, with all 43 criteria of a two-tier district', async () => {
      const result = await open({ partnershipId: ALLERDALE, period: PERIOD });

      expect(result.errors).toBeUndefined();
      expect(result.data?.openAssessment).toEqual({
        id: ASSESSMENT_ID,
        partnershipId: ALLERDALE,
        period: PERIOD,
        frameworkVersion: '2009.1',
        status: 'OPEN',
        applicableCriteriaCount: 43,
        scoredCount: 0,
      });
      const events = await store.readStream(STREAM);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'AssessmentOpened',
        schemaVersion: 1,
        tenantId: ALLERDALE,
        actor: 'liam.lead',
        data: { assessmentId: ASSESSMENT_ID, period: PERIOD, applicableCriteria: CRITERIA },
      });
    });

    it('refuses to open the same period twice as CONFLICT', async () => {
      await expectRefused(() => open({ partnershipId: ALLERDALE, period: PERIOD }), { code: 'CONFLICT' });
    });

    it('scores a criterion, then re-scores it, recording the score it revises', async () => {
      const first = await score({
        criterionId: 'leadership.1',
        score: 2,
        evidence: 'Board minutes, March 2009',
        evidenceLinks: ['https://example.org/minutes'],
      });
      expect(first.errors).toBeUndefined();
      // The evidence comes back, so a screen revising the score can start from what was said.
      const read = await platform.graphql<{ assessment: { applicableCriteria: string[]; scores: unknown[] } }>(
        `query { assessment(id: "${ASSESSMENT_ID}") { applicableCriteria scores { criterionId evidence evidenceLinks } } }`,
        {},
        lead,
      );
      expect(read.data?.assessment).toEqual({
        applicableCriteria: CRITERIA,
        scores: [
          {
            criterionId: 'leadership.1',
            evidence: 'Board minutes, March 2009',
            evidenceLinks: ['https://example.org/minutes'],
          },
        ],
      });
      const second = await score({ criterionId: 'leadership.1', score: 3, rationale: 'Priorities now shared' });
      expect(second.errors).toBeUndefined();
      expect(second.data?.scoreCriterion).toMatchObject({
        scoredCount: 1,
        scores: [{ criterionId: 'leadership.1', score: 3, rationale: 'Priorities now shared' }],
      });

      const scored = (await store.readStream(STREAM)).filter((event) => event.type === 'CriterionScored');
      expect(scored.map((event) => event.data)).toEqual([
        {
          assessmentId: ASSESSMENT_ID,
          criterionId: 'leadership.1',
          previousScore: null,
          score: 2,
          evidence: { text: 'Board minutes, March 2009', links: ['https://example.org/minutes'] },
          rationale: 'Agreed at the partnership board',
        },
        {
          assessmentId: ASSESSMENT_ID,
          criterionId: 'leadership.1',
          previousScore: 2,
          score: 3,
          evidence: { text: null, links: [] },
          rationale: 'Priorities now shared',
        },
      ]);
    });

    it.each([
      ['a score off the scale', { criterionId: 'leadership.2', score: 5 }, 'score'],
      ['an unknown criterion', { criterionId: 'leadership.99', score: 2 }, 'criterionId'],
      ['a missing rationale', { criterionId: 'leadership.2', score: 2, rationale: '   ' }, 'rationale'],
    ])('refuses %s as BAD_USER_INPUT on that field', async (_case, input, field) => {
      await expectRefused(() => score(input), { code: 'BAD_USER_INPUT', field });
    });

    it('refuses to submit while criteria are missing, saying how many', async () => {
      const message = await expectRefused(() => submit(), { code: 'BAD_USER_INPUT' });
      expect(message).toMatch(/^42 of 43 criteria are not scored/);
    });

    it('scores every applicable criterion and submits', async () => {
      await scoreEach(platform, lead, ASSESSMENT_ID, CRITERIA, 3);
      const result = await submit();

      expect(result.errors).toBeUndefined();
      expect(result.data?.submitAssessment).toMatchObject({ status: 'SUBMITTED', scoredCount: 43 });
      const events = await store.readStream(STREAM);
      expect(events.map((event) => event.type)).toEqual([
        'AssessmentOpened',
        'CriterionScored',
        'CriterionScored',
        ...CRITERIA.map(() => 'CriterionScored'),
        'AssessmentSubmitted',
      ]);
      expect(events.map((event) => event.revision)).toEqual(events.map((_event, index) => index));
      expect(new Set(events.map((event) => event.actor))).toEqual(new Set(['liam.lead']));
      expect(verifyChain(events)).toEqual({ ok: true, checked: events.length });
      expect(events.at(-1)?.data).toEqual({ assessmentId: ASSESSMENT_ID, scoredCriteria: 43 });
      // The sweep re-scores leadership.1 once more, after the two scores above.
      expect(events[3].data).toMatchObject({ criterionId: 'leadership.1', previousScore: 3, score: 3 });
    });

    it('refuses to score after submission as CONFLICT', async () => {
      const message = await expectRefused(() => score({ criterionId: 'leadership.1', score: 4 }), { code: 'CONFLICT' });
      expect(message).toMatch(/submitted/);
    });

    it('refuses to submit twice as CONFLICT', async () => {
      await expectRefused(() => submit(), { code: 'CONFLICT' });
    });

    it('applies a retried command once', async () => {
      const commandId = randomUUID();
      const input = { partnershipId: ALLERDALE, period: NEXT_PERIOD, commandId };
      const before = await eventCount();
      const [a, b] = [await open(input), await open(input)];
      expect(a.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
      expect(await eventCount()).toBe(before + 1);
    });
  });

  describe('when the caller may not self-assess the partnership', () => {
    it('refuses another partnership’s lead as FORBIDDEN', async () => {
      const cardiffLead = await platform.signIn('cerys.lead');
      await expectRefused(() => open({ partnershipId: ALLERDALE, period: '2011-12' }, cardiffLead), {
        code: 'FORBIDDEN',
      });
      await expectRefused(() => score({ criterionId: 'leadership.1', score: 1 }, cardiffLead), { code: 'FORBIDDEN' });
      await expectRefused(() => submit(cardiffLead), { code: 'FORBIDDEN' });
    });

    it('refuses a request without a token as UNAUTHENTICATED', async () => {
      await expectRefused(() => open({ partnershipId: ALLERDALE, period: '2011-12' }, ''), { code: 'UNAUTHENTICATED' });
      await expectRefused(() => score({ criterionId: 'leadership.1', score: 1 }, ''), { code: 'UNAUTHENTICATED' });
    });

    it('reports an unknown partnership or assessment as NOT_FOUND', async () => {
      const national = await platform.signIn('nadia.national');
      await expectRefused(() => open({ partnershipId: 'north_west-nowhere-cdrp', period: PERIOD }, national), {
        code: 'NOT_FOUND',
      });
      await expectRefused(
        () => platform.graphql(SUBMIT, { input: { assessmentId: `${ALLERDALE}-${NEVER_OPENED}` } }, national),
        { code: 'NOT_FOUND' },
      );
    });
  });

  describe('when a Welsh partnership assesses itself', () => {
    it('refuses a criterion that applies in England only as BAD_USER_INPUT', async () => {
      const cardiffLead = await platform.signIn('cerys.lead');
      const opened = await open({ partnershipId: 'wales-cardiff-csp', period: PERIOD }, cardiffLead);
      expect(opened.data?.openAssessment.applicableCriteriaCount).toBeLessThan(43);
      await expectRefused(
        () =>
          platform.graphql(
            SCORE,
            {
              input: {
                assessmentId: `wales-cardiff-csp-${PERIOD}`,
                criterionId: 'communities.4',
                score: 2,
                rationale: 'x',
              },
            },
            cardiffLead,
          ),
        { code: 'BAD_USER_INPUT', field: 'criterionId' },
      );
    });
  });

  describe('when the read models are not following the log on their own', () => {
    it('answers a command once they hold what it wrote, so the very next read shows it', async () => {
      const runner = platform.app.get<ProjectionRunner>(PROJECTION_RUNNER);
      await runner.stop();
      try {
        const opened = await open({ partnershipId: ALLERDALE, period: READ_AT_ONCE });
        expect(opened.errors).toBeUndefined();
        // The partnership view finds a new assessment's stream through the audit read model.
        const view = await platform.graphql<{ partnership: { currentCycle: { assessmentId: string } | null } }>(
          'query ($id: ID!) { partnership(id: $id) { currentCycle { assessmentId } } }',
          { id: ALLERDALE },
          lead,
        );
        expect(view.errors).toBeUndefined();
        expect(view.data?.partnership.currentCycle?.assessmentId).toBe(`${ALLERDALE}-${READ_AT_ONCE}`);
      } finally {
        await runner.start();
      }
    });
  });
});
