import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { allCriteria } from '@nsf/domain';
import { verifyChain, type EventStore } from '@nsf/event-store';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';
import { ASSESSMENT_FIELDS, OPEN, SUBMIT, scoreEach, type Assessment } from './assessment-requests';

const FINDING = 'hallmarkId criterionId score';
const REVIEW_FIELDS = `${ASSESSMENT_FIELDS} scores { criterionId score }
  reviewScores { source reviewer reviewedOn criterionId score rationale }
  strengths { ${FINDING} } weaknesses { ${FINDING} }`;
const RECORD_REVIEW = `
  mutation Review($input: RecordReviewScoresInput!) { recordReviewScores(input: $input) { ${REVIEW_FIELDS} } }`;
const VALIDATE = `
  mutation Validate($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { ${REVIEW_FIELDS} } }`;
const GET = `query Get($id: ID!) { assessment(id: $id) { ${REVIEW_FIELDS} } }`;

interface Finding {
  hallmarkId: string;
  criterionId: string;
  score: number;
}
interface ReviewedAssessment extends Assessment {
  reviewScores: {
    source: string;
    reviewer: string;
    reviewedOn: string;
    criterionId: string;
    score: number;
    rationale: string;
  }[];
  strengths: Finding[];
  weaknesses: Finding[];
}

const ALLERDALE = 'north_west-allerdale-cdrp';
/** A period after the demo history's, open for this spec alone. */
const ASSESSMENT_ID = `${ALLERDALE}-2012-13`;
const STREAM = `assessment-${ASSESSMENT_ID}`;
const CRITERIA = allCriteria().map((criterion) => criterion.id);
const DIAGNOSTIC = {
  source: 'DIAGNOSTIC_REVIEW',
  reviewer: 'Home Office partnership diagnostic team',
  reviewedOn: '2009-09-14',
  scores: [
    { criterionId: 'leadership.1', score: 2, rationale: 'Partners interviewed could not state the shared vision' },
    { criterionId: 'intelligence.3', score: 1, rationale: 'No strategic assessment since 2007' },
  ],
};
const PEER = {
  source: 'PEER_REVIEW',
  reviewer: 'Carlisle CDRP',
  reviewedOn: '2009-10-05',
  scores: [{ criterionId: 'leadership.1', score: 3, rationale: 'The vision is in the plan and known on the board' }],
};

describe.each(testDrivers())('third-party review scores through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let lead: string;
  let coordinator: string;
  let national: string;
  let walesCoordinator: string;

  const recordReview = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ recordReviewScores: ReviewedAssessment }>(
      RECORD_REVIEW,
      { input: { assessmentId: ASSESSMENT_ID, ...DIAGNOSTIC, ...input } },
      token,
    );
  const read = () => platform.graphql<{ assessment: ReviewedAssessment }>(GET, { id: ASSESSMENT_ID }, coordinator);
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
    national = await platform.signIn('nadia.national');
    walesCoordinator = await platform.signIn('gwen.wales');
  });
  afterAll(() => platform.dispose());

  describe('when the assessment is open', () => {
    it('lets the coordinator record a diagnostic review beside the self-scores, which stay as they are', async () => {
      const opened = await platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: '2012-13' } }, lead);
      expect(opened.errors).toBeUndefined();
      await scoreEach(platform, lead, ASSESSMENT_ID, ['leadership.1'], 4);

      const result = await recordReview(coordinator, { reviewer: '  Home Office partnership diagnostic team ' });

      expect(result.errors).toBeUndefined();
      expect(result.data?.recordReviewScores).toMatchObject({
        status: 'OPEN',
        scores: [{ criterionId: 'leadership.1', score: 4 }],
        reviewScores: DIAGNOSTIC.scores.map((score) => ({
          source: 'DIAGNOSTIC_REVIEW',
          reviewer: DIAGNOSTIC.reviewer,
          reviewedOn: '2009-09-14',
          ...score,
        })),
        strengths: [],
        weaknesses: [],
      });
      const [recorded] = (await store.readStream(STREAM)).slice(-1);
      expect(recorded).toMatchObject({
        type: 'ReviewScoresRecorded',
        schemaVersion: 1,
        tenantId: ALLERDALE,
        actor: 'nora.northwest',
        data: { assessmentId: ASSESSMENT_ID, ...DIAGNOSTIC },
      });
    });

    it('lets the national team record a peer review, keeping every review in the order recorded', async () => {
      const result = await recordReview(national, PEER);

      expect(result.errors).toBeUndefined();
      expect(
        result.data?.recordReviewScores.reviewScores.map(({ source, criterionId, score }) => [
          source,
          criterionId,
          score,
        ]),
      ).toEqual([
        ['DIAGNOSTIC_REVIEW', 'leadership.1', 2],
        ['DIAGNOSTIC_REVIEW', 'intelligence.3', 1],
        ['PEER_REVIEW', 'leadership.1', 3],
      ]);
      const events = await store.readStream(STREAM);
      expect(events.filter((event) => event.type === 'ReviewScoresRecorded').map((event) => event.actor)).toEqual([
        'nora.northwest',
        'nadia.national',
      ]);
    });

    it('refuses the partnership’s own lead and another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(() => recordReview(lead), { code: 'FORBIDDEN' });
      await expectRefused(() => recordReview(walesCoordinator), { code: 'FORBIDDEN' });
    });

    it.each([
      ['no scores', { scores: [] }, 'scores'],
      ['no reviewer', { reviewer: ' ' }, 'reviewer'],
      ['a date off the calendar', { reviewedOn: '2009-09-31' }, 'reviewedOn'],
      [
        'a criterion the framework does not have',
        { scores: [{ criterionId: 'leadership.99', score: 2, rationale: 'Seen' }] },
        'scores.0.criterionId',
      ],
      [
        'a criterion scored twice',
        {
          scores: [
            { criterionId: 'leadership.2', score: 2, rationale: 'Seen' },
            { criterionId: 'leadership.2', score: 3, rationale: 'Seen again' },
          ],
        },
        'scores.1.criterionId',
      ],
      [
        'a score off the scale',
        { scores: [{ criterionId: 'leadership.2', score: 5, rationale: 'Seen' }] },
        'scores.0.score',
      ],
      [
        'a score without a rationale',
        { scores: [{ criterionId: 'leadership.2', score: 2, rationale: ' ' }] },
        'scores.0.rationale',
      ],
    ])('refuses %s as BAD_USER_INPUT on that field', async (_case, input, field) => {
      await expectRefused(() => recordReview(coordinator, input), { code: 'BAD_USER_INPUT', field });
    });

    it('reports an assessment that was never opened as NOT_FOUND', async () => {
      await expectRefused(() => recordReview(coordinator, { assessmentId: `${ALLERDALE}-2016-17` }), {
        code: 'NOT_FOUND',
      });
    });
  });

  describe('when the assessment is validated', () => {
    it('shows no strengths or weaknesses while it is only submitted', async () => {
      await scoreEach(platform, lead, ASSESSMENT_ID, CRITERIA, 3);
      await scoreEach(platform, lead, ASSESSMENT_ID, ['leadership.1'], 4);
      await scoreEach(platform, lead, ASSESSMENT_ID, ['leadership.2', 'leadership.3'], 2);
      await scoreEach(platform, lead, ASSESSMENT_ID, ['skills.1'], 1);
      const submitted = await platform.graphql(SUBMIT, { input: { assessmentId: ASSESSMENT_ID } }, lead);
      expect(submitted.errors).toBeUndefined();

      const result = await read();

      expect(result.data?.assessment).toMatchObject({ status: 'SUBMITTED', strengths: [], weaknesses: [] });
    });

    it('derives strengths and weaknesses from the effective scores once validated', async () => {
      const moderatedScores = [
        { criterionId: 'leadership.3', score: 3, reason: 'The budget review shows the hard choices were made' },
        { criterionId: 'intelligence.2', score: 4, reason: 'The analysts’ work is cited regionally as a model' },
      ];
      const result = await platform.graphql<{ validateAssessment: ReviewedAssessment }>(
        VALIDATE,
        { input: { assessmentId: ASSESSMENT_ID, moderatedScores } },
        coordinator,
      );

      expect(result.errors).toBeUndefined();
      expect(result.data?.validateAssessment).toMatchObject({
        status: 'VALIDATED',
        strengths: [
          { hallmarkId: 'leadership', criterionId: 'leadership.1', score: 4 },
          { hallmarkId: 'intelligence', criterionId: 'intelligence.2', score: 4 },
        ],
        weaknesses: [
          { hallmarkId: 'leadership', criterionId: 'leadership.2', score: 2 },
          { hallmarkId: 'skills', criterionId: 'skills.1', score: 1 },
        ],
      });
      const reread = await read();
      expect(reread.data?.assessment.strengths).toEqual(result.data?.validateAssessment.strengths);
      expect(reread.data?.assessment.weaknesses).toEqual(result.data?.validateAssessment.weaknesses);
    });

    it('refuses a review of the validated assessment as CONFLICT, and keeps the reviews already recorded', async () => {
      const message = await expectRefused(() => recordReview(coordinator), { code: 'CONFLICT' });
      expect(message).toMatch(/validated/);

      const result = await read();
      expect(result.data?.assessment.reviewScores).toHaveLength(3);
      const events = await store.readStream(STREAM);
      expect(verifyChain(events)).toEqual({ ok: true, checked: events.length });
    });
  });
});
