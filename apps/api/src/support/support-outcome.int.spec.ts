import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { allCriteria } from '@nsf/domain';
import { verifyChain, type EventStore } from '@nsf/event-store';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { OPEN, SUBMIT, scoreEach } from '../assessments/assessment-requests';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse, type PlatformHarness } from '../testing/platform-harness';

const OUTCOME_FIELDS =
  'outcome { assessmentId baselineAssessmentId hallmarks { hallmarkId before after movement } notes }';
const CASE_FIELDS = `id status deliveredOn ${OUTCOME_FIELDS}`;
const REQUEST = `
  mutation Request($input: RequestSupportInput!) { requestSupport(input: $input) { ${CASE_FIELDS} } }`;
const DECIDE = `
  mutation Decide($input: DecideSupportInput!) { decideSupport(input: $input) { ${CASE_FIELDS} } }`;
const DELIVER = `
  mutation Deliver($input: RecordSupportDeliveredInput!) { recordSupportDelivered(input: $input) { ${CASE_FIELDS} } }`;
const RECORD_OUTCOME = `
  mutation Outcome($input: RecordSupportOutcomeInput!) { recordSupportOutcome(input: $input) { ${CASE_FIELDS} } }`;
const VALIDATE = `
  mutation Validate($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { id status } }`;

interface HallmarkMovement {
  hallmarkId: string;
  before: number | null;
  after: number;
  movement: string;
}
interface SupportCase {
  id: string;
  status: string;
  deliveredOn: string | null;
  outcome: {
    assessmentId: string;
    baselineAssessmentId: string | null;
    hallmarks: HallmarkMovement[];
    notes: string;
  } | null;
}

const ALLERDALE = 'north_west-allerdale-cdrp';
const CRITERIA = allCriteria().map((criterion) => criterion.id);
const criteriaOf = (hallmarkId: string) => CRITERIA.filter((id) => id.startsWith(`${hallmarkId}.`));
/** Years after the demo history, so this spec writes the partnership’s newest cycles. */
const BASELINE_ID = `${ALLERDALE}-2012-13`;
const LATER_ID = `${ALLERDALE}-2013-14`;
const NOTES = 'The analysts now work every hotspot through problem-solving; the board has not yet trained';

/** Anything a spec needs to succeed before its assertions: a failure names the step and stops. */
async function must<Data>(step: string, request: Promise<GraphQLResponse<Data>>): Promise<Data> {
  const response = await request;
  if (response.errors || !response.data) throw new Error(`${step} failed: ${response.errors?.[0].message}`);
  return response.data;
}

/**
 * Drives one assessment through the cycle as its people would: the lead opens it, scores every
 * criterion (each at its given score, 3 otherwise) and submits; the coordinator validates it with
 * the moderated scores given.
 */
async function validatedAssessment(
  platform: PlatformHarness,
  tokens: { lead: string; coordinator: string },
  period: string,
  scores: { criteria: readonly string[]; score: number }[],
  moderatedScores: { criterionId: string; score: number; reason: string }[] = [],
): Promise<void> {
  const assessmentId = `${ALLERDALE}-${period}`;
  await must(`opening ${period}`, platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period } }, tokens.lead));
  await scoreEach(platform, tokens.lead, assessmentId, CRITERIA, 3);
  for (const { criteria, score } of scores) await scoreEach(platform, tokens.lead, assessmentId, criteria, score);
  await must(`submitting ${period}`, platform.graphql(SUBMIT, { input: { assessmentId } }, tokens.lead));
  await must(
    `validating ${period}`,
    platform.graphql(VALIDATE, { input: { assessmentId, moderatedScores } }, tokens.coordinator),
  );
}

describe.each(testDrivers())('the outcome of support through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let lead: string;
  let coordinator: string;
  let walesCoordinator: string;
  /** Problem-solving training (intelligence and skills), delivered in November 2013. */
  let trainingCase: string;
  /** Mentoring (partnership working as a whole), delivered in June 2012. */
  let mentoringCase: string;
  /** Executive coaching, approved but not yet delivered. */
  let undeliveredCase: string;

  const recordOutcome = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ recordSupportOutcome: SupportCase }>(
      RECORD_OUTCOME,
      { input: { caseId: trainingCase, assessmentId: LATER_ID, notes: NOTES, ...input } },
      token,
    );
  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);

  /** A case raised by the lead for the offer, approved by the coordinator, delivered on the date unless null. */
  async function supportCase(offerId: string, deliveredOn: string | null): Promise<string> {
    const requested = await must(
      `requesting ${offerId}`,
      platform.graphql<{ requestSupport: SupportCase }>(
        REQUEST,
        { input: { partnershipId: ALLERDALE, offerId, need: 'The validated assessment shows the gap' } },
        lead,
      ),
    );
    const caseId = requested.requestSupport.id;
    await must(
      `approving ${offerId}`,
      platform.graphql(
        DECIDE,
        { input: { caseId, decision: 'APPROVED', rationale: 'A priority this year' } },
        coordinator,
      ),
    );
    if (deliveredOn !== null) {
      await must(`delivering ${offerId}`, platform.graphql(DELIVER, { input: { caseId, deliveredOn } }, coordinator));
    }
    return caseId;
  }

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
    lead = await platform.signIn('liam.lead');
    coordinator = await platform.signIn('nora.northwest');
    walesCoordinator = await platform.signIn('gwen.wales');
    const tokens = { lead, coordinator };
    // 2012-13: intelligence and skills at 2 throughout.
    await validatedAssessment(platform, tokens, '2012-13', [
      { criteria: [...criteriaOf('intelligence'), ...criteriaOf('skills')], score: 2 },
    ]);
    // 2013-14: intelligence self-scored 3 and skills 2, each with one criterion moderated down to 1.
    await validatedAssessment(
      platform,
      tokens,
      '2013-14',
      [{ criteria: criteriaOf('skills'), score: 2 }],
      [
        { criterionId: 'intelligence.1', score: 1, reason: 'The strategic assessment was not refreshed' },
        { criterionId: 'skills.1', score: 1, reason: 'The training plan lapsed' },
      ],
    );
    trainingCase = await supportCase('problem-solving-training', '2013-11-02');
    mentoringCase = await supportCase('mentoring', '2012-06-01');
    undeliveredCase = await supportCase('executive-coaching', null);
  });
  afterAll(() => platform.dispose());

  describe('when the support is approved but not delivered', () => {
    it('refuses an outcome as CONFLICT', async () => {
      const message = await expectRefused(() => recordOutcome(coordinator, { caseId: undeliveredCase }), {
        code: 'CONFLICT',
      });
      expect(message).toMatch(/approved/);
    });
  });

  describe('when the support is delivered', () => {
    it('refuses the partnership’s own lead and another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(() => recordOutcome(lead), { code: 'FORBIDDEN' });
      await expectRefused(() => recordOutcome(walesCoordinator), { code: 'FORBIDDEN' });
    });

    it('refuses another partnership’s assessment as BAD_USER_INPUT on the assessment', async () => {
      await expectRefused(() => recordOutcome(coordinator, { assessmentId: 'wales-cardiff-csp-2009-10' }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
    });

    it('refuses an assessment that is not validated as BAD_USER_INPUT on the assessment', async () => {
      await must(
        'opening 2014-15',
        platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: '2014-15' } }, lead),
      );
      const message = await expectRefused(() => recordOutcome(coordinator, { assessmentId: `${ALLERDALE}-2014-15` }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
      expect(message).toMatch(/open/);
    });

    it('refuses an assessment of a year that ended before the delivery as BAD_USER_INPUT', async () => {
      const message = await expectRefused(() => recordOutcome(coordinator, { assessmentId: BASELINE_ID }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
      expect(message).toMatch(/before the support was delivered/);
    });

    it('refuses an outcome without notes as BAD_USER_INPUT on the notes', async () => {
      await expectRefused(() => recordOutcome(coordinator, { notes: '  ' }), {
        code: 'BAD_USER_INPUT',
        field: 'notes',
      });
    });

    it('reports an assessment or a case that does not exist as NOT_FOUND', async () => {
      await expectRefused(() => recordOutcome(coordinator, { assessmentId: `${ALLERDALE}-2016-17` }), {
        code: 'NOT_FOUND',
      });
      await expectRefused(() => recordOutcome(coordinator, { caseId: 'no-such-case' }), { code: 'NOT_FOUND' });
    });

    it('records, per hallmark served, the average effective level before and after and how it moved', async () => {
      const result = await recordOutcome(coordinator);

      expect(result.errors).toBeUndefined();
      const outcome = {
        assessmentId: LATER_ID,
        baselineAssessmentId: BASELINE_ID,
        // Intelligence: (1 + 5 × 3) / 6 after moderation; skills: (1 + 5 × 2) / 6.
        hallmarks: [
          { hallmarkId: 'intelligence', before: 2, after: 2.67, movement: 'IMPROVED' },
          { hallmarkId: 'skills', before: 2, after: 1.83, movement: 'DECLINED' },
        ],
        notes: NOTES,
      };
      expect(result.data?.recordSupportOutcome).toMatchObject({ id: trainingCase, status: 'DELIVERED', outcome });
      const events = await store.readStream(`support-${trainingCase}`);
      expect(events.at(-1)).toMatchObject({
        type: 'SupportOutcomeRecorded',
        schemaVersion: 1,
        tenantId: ALLERDALE,
        actor: 'nora.northwest',
        data: { caseId: trainingCase, ...outcome },
      });
      expect(verifyChain(events)).toEqual({ ok: true, checked: events.length });
    });

    it('records no baseline where the partnership has no validated assessment of the year before', async () => {
      const result = await recordOutcome(coordinator, { caseId: mentoringCase, assessmentId: BASELINE_ID });

      expect(result.errors).toBeUndefined();
      const outcome = result.data?.recordSupportOutcome.outcome;
      expect(outcome?.baselineAssessmentId).toBeNull();
      // Mentoring serves partnership working as a whole: every hallmark, in framework order.
      expect(outcome?.hallmarks.map(({ hallmarkId, before, movement }) => [hallmarkId, before, movement])).toEqual(
        ['leadership', 'intelligence', 'communities', 'delivery', 'accountability', 'skills'].map((id) => [
          id,
          null,
          'NO_BASELINE',
        ]),
      );
      expect(outcome?.hallmarks.find((hallmark) => hallmark.hallmarkId === 'skills')?.after).toBe(2);
    });
  });

  describe('when its outcome is recorded', () => {
    it('refuses a second outcome as CONFLICT', async () => {
      const message = await expectRefused(() => recordOutcome(coordinator), { code: 'CONFLICT' });
      expect(message).toMatch(/already recorded/);
    });
  });
});
