import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { allCriteria } from '@nsf/domain';
import { verifyChain, type EventStore } from '@nsf/event-store';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';
import { ASSESSMENT_FIELDS, OPEN, SCORE, SUBMIT, scoreEach, type Assessment } from './assessment-requests';

const MODERATION_FIELDS = `${ASSESSMENT_FIELDS} returnComments moderatedScores { criterionId selfScore moderatedScore reason }`;
const RETURN = `
  mutation Return($input: ReturnAssessmentInput!) { returnAssessment(input: $input) { ${MODERATION_FIELDS} } }`;
const VALIDATE = `
  mutation Validate($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { ${MODERATION_FIELDS} } }`;
const GET = `query Get($id: ID!) { assessment(id: $id) { ${MODERATION_FIELDS} } }`;

interface ModeratedAssessment extends Assessment {
  returnComments: string | null;
  moderatedScores: { criterionId: string; selfScore: number; moderatedScore: number; reason: string }[] | null;
}

const ALLERDALE = 'north_west-allerdale-cdrp';
// The demo history fills 2009-10 to 2011-12 for every partnership; these specs run later years.
const PERIOD = '2012-13';
const NEXT_PERIOD = '2013-14';
const NEVER_OPENED = '2014-15';
const ASSESSMENT_ID = `${ALLERDALE}-${PERIOD}`;
const STREAM = `assessment-${ASSESSMENT_ID}`;
const CRITERIA = allCriteria().map((criterion) => criterion.id);
const COMMENTS = 'Leadership.1 rests on minutes from before the period: show this year’s evidence.';
const MODERATION = { criterionId: 'leadership.2', score: 2, reason: 'Priorities were agreed after the period ended' };

describe.each(testDrivers())('moderating an assessment through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let lead: string;
  let coordinator: string;
  let walesCoordinator: string;

  const returnIt = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ returnAssessment: ModeratedAssessment }>(
      RETURN,
      { input: { assessmentId: ASSESSMENT_ID, comments: COMMENTS, ...input } },
      token,
    );
  const validate = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ validateAssessment: ModeratedAssessment }>(
      VALIDATE,
      { input: { assessmentId: ASSESSMENT_ID, ...input } },
      token,
    );
  const submit = (assessmentId = ASSESSMENT_ID) =>
    platform.graphql<{ submitAssessment: Assessment }>(SUBMIT, { input: { assessmentId } }, lead);
  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
    lead = await platform.signIn('liam.lead');
    coordinator = await platform.signIn('nora.northwest');
    walesCoordinator = await platform.signIn('gwen.wales');
  });
  afterAll(() => platform.dispose());

  describe('when the coordinator returns the assessment and later validates it', () => {
    it('lets the lead open a period, score every criterion and submit', async () => {
      const opened = await platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: PERIOD } }, lead);
      expect(opened.errors).toBeUndefined();
      await scoreEach(platform, lead, ASSESSMENT_ID, CRITERIA, 3);
      const result = await submit();
      expect(result.errors).toBeUndefined();
      expect(result.data?.submitAssessment).toMatchObject({ status: 'SUBMITTED', scoredCount: CRITERIA.length });
    });

    it('refuses another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(() => validate(walesCoordinator), { code: 'FORBIDDEN' });
      await expectRefused(() => returnIt(walesCoordinator), { code: 'FORBIDDEN' });
    });

    it('refuses the partnership’s own lead as FORBIDDEN: a partnership never validates itself', async () => {
      await expectRefused(() => validate(lead), { code: 'FORBIDDEN' });
      await expectRefused(() => returnIt(lead), { code: 'FORBIDDEN' });
    });

    it('refuses a moderated score without a reason as BAD_USER_INPUT on that field', async () => {
      await expectRefused(() => validate(coordinator, { moderatedScores: [{ ...MODERATION, reason: '  ' }] }), {
        code: 'BAD_USER_INPUT',
        field: 'moderatedScores.0.reason',
      });
    });

    it('refuses a return without comments as BAD_USER_INPUT on the comments', async () => {
      await expectRefused(() => returnIt(coordinator, { comments: ' ' }), {
        code: 'BAD_USER_INPUT',
        field: 'comments',
      });
    });

    it('returns it to the partnership with the coordinator’s comments', async () => {
      const result = await returnIt(coordinator);

      expect(result.errors).toBeUndefined();
      expect(result.data?.returnAssessment).toMatchObject({
        status: 'RETURNED',
        returnComments: COMMENTS,
        moderatedScores: null,
      });
      const [returned] = (await store.readStream(STREAM)).slice(-1);
      expect(returned).toMatchObject({
        type: 'AssessmentReturned',
        tenantId: ALLERDALE,
        actor: 'nora.northwest',
        data: { assessmentId: ASSESSMENT_ID, comments: COMMENTS },
      });
    });

    it('refuses to validate the returned assessment as CONFLICT until it is resubmitted', async () => {
      await expectRefused(() => validate(coordinator), { code: 'CONFLICT' });
    });

    it('lets the lead re-score and resubmit', async () => {
      const rescored = await platform.graphql<{ scoreCriterion: Assessment }>(
        SCORE,
        {
          input: {
            assessmentId: ASSESSMENT_ID,
            criterionId: 'leadership.1',
            score: 2,
            rationale: 'This year’s minutes',
          },
        },
        lead,
      );
      expect(rescored.errors).toBeUndefined();
      expect(rescored.data?.scoreCriterion.status).toBe('RETURNED');

      const result = await submit();

      expect(result.errors).toBeUndefined();
      expect(result.data?.submitAssessment.status).toBe('SUBMITTED');
      const types = (await store.readStream(STREAM)).slice(-3).map((event) => event.type);
      expect(types).toEqual(['AssessmentReturned', 'CriterionScored', 'AssessmentSubmitted']);
    });

    it('validates it with one moderated score beside the self-score', async () => {
      const result = await validate(coordinator, { moderatedScores: [MODERATION] });

      expect(result.errors).toBeUndefined();
      const moderated = { criterionId: 'leadership.2', selfScore: 3, moderatedScore: 2, reason: MODERATION.reason };
      expect(result.data?.validateAssessment).toMatchObject({ status: 'VALIDATED', moderatedScores: [moderated] });
      const events = await store.readStream(STREAM);
      expect(events.at(-1)).toMatchObject({
        type: 'AssessmentValidated',
        actor: 'nora.northwest',
        data: { assessmentId: ASSESSMENT_ID, moderatedScores: [moderated] },
      });
      expect(verifyChain(events)).toEqual({ ok: true, checked: events.length });
    });

    it('refuses every later change to the validated assessment as CONFLICT', async () => {
      const rescore = () =>
        platform.graphql(
          SCORE,
          { input: { assessmentId: ASSESSMENT_ID, criterionId: 'leadership.1', score: 4, rationale: 'Later' } },
          lead,
        );
      const message = await expectRefused(rescore, { code: 'CONFLICT' });
      expect(message).toMatch(/validated/);
      await expectRefused(() => submit(), { code: 'CONFLICT' });
      await expectRefused(() => validate(coordinator), { code: 'CONFLICT' });
      await expectRefused(() => returnIt(coordinator), { code: 'CONFLICT' });
    });
  });

  describe('when the assessment is still open', () => {
    it('refuses to validate it as CONFLICT', async () => {
      const opened = await platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: NEXT_PERIOD } }, lead);
      expect(opened.errors).toBeUndefined();
      await expectRefused(() => validate(coordinator, { assessmentId: `${ALLERDALE}-${NEXT_PERIOD}` }), {
        code: 'CONFLICT',
      });
    });
  });

  describe('when reading an assessment', () => {
    const read = (token: string, id = ASSESSMENT_ID) =>
      platform.graphql<{ assessment: ModeratedAssessment }>(GET, { id }, token);

    it('shows the region’s coordinator the assessment as its stream tells it', async () => {
      const result = await read(coordinator);

      expect(result.errors).toBeUndefined();
      expect(result.data?.assessment).toMatchObject({
        id: ASSESSMENT_ID,
        status: 'VALIDATED',
        scoredCount: CRITERIA.length,
        returnComments: COMMENTS,
        moderatedScores: [{ criterionId: 'leadership.2', selfScore: 3, moderatedScore: 2 }],
      });
    });

    it('shows it to an auditor too', async () => {
      const result = await read(await platform.signIn('aisha.auditor'));
      expect(result.errors).toBeUndefined();
      expect(result.data?.assessment.status).toBe('VALIDATED');
    });

    it('refuses another partnership’s lead and another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(async () => read(await platform.signIn('cerys.lead')), { code: 'FORBIDDEN' });
      await expectRefused(() => read(walesCoordinator), { code: 'FORBIDDEN' });
    });

    it('reports an assessment that was never opened as NOT_FOUND', async () => {
      await expectRefused(() => read(coordinator, `${ALLERDALE}-${NEVER_OPENED}`), { code: 'NOT_FOUND' });
      await expectRefused(() => read(coordinator, 'no-such-assessment'), { code: 'NOT_FOUND' });
    });
  });
});
