import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { partnershipStreamId } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const CASE_FIELDS = 'id partnershipId offerId need status decision rationale evidence deliveredOn deliveryNotes';
const REQUEST = `
  mutation Request($input: RequestSupportInput!) { requestSupport(input: $input) { ${CASE_FIELDS} } }`;
const PROPOSE = `
  mutation Propose($input: ProposeSupportInput!) { proposeSupport(input: $input) { ${CASE_FIELDS} } }`;
const DECIDE = `
  mutation Decide($input: DecideSupportInput!) { decideSupport(input: $input) { ${CASE_FIELDS} } }`;
const DELIVER = `
  mutation Deliver($input: RecordSupportDeliveredInput!) { recordSupportDelivered(input: $input) { ${CASE_FIELDS} } }`;
const OFFERS = 'query { supportOffers { id title scope form provider hallmarkIds } }';

interface SupportCase {
  id: string;
  partnershipId: string;
  offerId: string;
  need: string;
  status: string;
  decision: string | null;
  rationale: string | null;
  evidence: string[];
  deliveredOn: string | null;
  deliveryNotes: string | null;
}

const ALLERDALE = 'north_west-allerdale-cdrp';
const CASE_UUID = '5a0c7f3e-9b1d-4e2a-8c6f-1d2e3f4a5b6c';
const CASE_ID = `${ALLERDALE}-${CASE_UUID}`;
const NEED = 'Our analysts cannot yet work the ASB hotspots through problem-solving';
const RATIONALE = 'The validated assessment shows the intelligence gap';

describe.each(testDrivers())('support for a partnership through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let lead: string;
  let coordinator: string;
  let walesCoordinator: string;
  let evidenceId: string;

  const request = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ requestSupport: SupportCase }>(
      REQUEST,
      { input: { partnershipId: ALLERDALE, offerId: 'problem-solving-training', need: NEED, ...input } },
      token,
    );
  const decide = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ decideSupport: SupportCase }>(
      DECIDE,
      { input: { caseId: CASE_ID, decision: 'APPROVED', rationale: RATIONALE, ...input } },
      token,
    );
  const deliver = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ recordSupportDelivered: SupportCase }>(
      DELIVER,
      { input: { caseId: CASE_ID, deliveredOn: '2009-11-02', notes: 'Two-day course', ...input } },
      token,
    );
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
    // Any recorded event will do as evidence; the partnership's registration is always there.
    evidenceId = (await store.readStream(partnershipStreamId(ALLERDALE)))[0].id;
  });
  afterAll(() => platform.dispose());

  it('lists the catalogue, universal and place-based, to anyone', async () => {
    const result = await platform.graphql<{ supportOffers: { id: string; scope: string; form: string }[] }>(OFFERS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.supportOffers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'induction-information', scope: 'UNIVERSAL', form: 'INFORMATION' }),
        expect.objectContaining({ id: 'partnership-diagnostic-review', scope: 'PLACE_BASED', form: 'DIAGNOSTIC' }),
      ]),
    );
  });

  describe('when the lead requests support and the coordinator approves and delivers it', () => {
    it('lets the lead request place-based support, naming the case by the command id', async () => {
      const result = await request(lead, { commandId: CASE_UUID });
      expect(result.errors).toBeUndefined();
      expect(result.data?.requestSupport).toMatchObject({
        id: CASE_ID,
        partnershipId: ALLERDALE,
        offerId: 'problem-solving-training',
        need: NEED,
        status: 'REQUESTED',
        decision: null,
        evidence: [],
      });
    });

    it('refuses another region’s coordinator and the partnership’s own lead as FORBIDDEN', async () => {
      await expectRefused(() => decide(walesCoordinator), { code: 'FORBIDDEN' });
      await expectRefused(() => decide(lead), { code: 'FORBIDDEN' });
    });

    it('refuses evidence that is no event of the partnership’s history as BAD_USER_INPUT on evidence', async () => {
      const cardiffRegistration = (await store.readStream(partnershipStreamId('wales-cardiff-csp')))[0].id;
      for (const evidence of [['no-such-event'], [evidenceId, cardiffRegistration]]) {
        await expectRefused(() => decide(coordinator, { evidence }), { code: 'BAD_USER_INPUT', field: 'evidence' });
      }
    });

    it('refuses a decision without a rationale as BAD_USER_INPUT on the rationale', async () => {
      await expectRefused(() => decide(coordinator, { rationale: '  ' }), {
        code: 'BAD_USER_INPUT',
        field: 'rationale',
      });
    });

    it('lets the region’s coordinator approve it with the rationale and the evidence relied on', async () => {
      const result = await decide(coordinator, { evidence: [evidenceId] });
      expect(result.errors).toBeUndefined();
      expect(result.data?.decideSupport).toMatchObject({
        status: 'APPROVED',
        decision: 'APPROVED',
        rationale: RATIONALE,
        evidence: [evidenceId],
      });
    });

    it('lets the coordinator record its delivery, which closes the case', async () => {
      const result = await deliver(coordinator);
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordSupportDelivered).toMatchObject({
        status: 'DELIVERED',
        deliveredOn: '2009-11-02',
        deliveryNotes: 'Two-day course',
      });
      const message = await expectRefused(() => decide(coordinator), { code: 'CONFLICT' });
      expect(message).toMatch(/delivered/);
    });

    it('has written the case’s events in order, each with its actor', async () => {
      const events = await store.readStream(`support-${CASE_ID}`);
      expect(events.map(({ type, actor, tenantId }) => ({ type, actor, tenantId }))).toEqual([
        { type: 'SupportRequested', actor: 'liam.lead', tenantId: ALLERDALE },
        { type: 'SupportDecided', actor: 'nora.northwest', tenantId: ALLERDALE },
        { type: 'SupportDelivered', actor: 'nora.northwest', tenantId: ALLERDALE },
      ]);
      expect(events[1].data).toEqual({
        caseId: CASE_ID,
        decision: 'APPROVED',
        rationale: RATIONALE,
        evidence: [evidenceId],
      });
    });
  });

  describe('when the coordinator proposes support and declines it', () => {
    it('refuses to deliver a declined case as CONFLICT', async () => {
      const proposed = await platform.graphql<{ proposeSupport: SupportCase }>(
        PROPOSE,
        { input: { partnershipId: ALLERDALE, offerId: 'executive-coaching', need: NEED } },
        coordinator,
      );
      expect(proposed.errors).toBeUndefined();
      const caseId = proposed.data?.proposeSupport.id ?? '';
      expect(proposed.data?.proposeSupport).toMatchObject({ status: 'PROPOSED', offerId: 'executive-coaching' });

      const declined = await decide(coordinator, {
        caseId,
        decision: 'DECLINED',
        rationale: 'Not a priority this year',
      });
      expect(declined.data?.decideSupport.status).toBe('DECLINED');
      const message = await expectRefused(() => deliver(coordinator, { caseId }), { code: 'CONFLICT' });
      expect(message).toMatch(/declined/);
    });

    it('refuses a proposal from another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(
        () =>
          platform.graphql(
            PROPOSE,
            { input: { partnershipId: ALLERDALE, offerId: 'mentoring', need: NEED } },
            walesCoordinator,
          ),
        { code: 'FORBIDDEN' },
      );
    });
  });

  describe('when a request is refused', () => {
    it('refuses an offer not in the catalogue as BAD_USER_INPUT on the offer', async () => {
      await expectRefused(() => request(lead, { offerId: 'free-lunch' }), { code: 'BAD_USER_INPUT', field: 'offerId' });
    });

    it('refuses place-based support without a need as BAD_USER_INPUT on the need', async () => {
      await expectRefused(() => request(lead, { need: ' ' }), { code: 'BAD_USER_INPUT', field: 'need' });
    });

    it('refuses another partnership’s lead as FORBIDDEN', async () => {
      await expectRefused(async () => request(await platform.signIn('cerys.lead')), { code: 'FORBIDDEN' });
    });

    it('refuses a request without a token as UNAUTHENTICATED', async () => {
      await expectRefused(() => request(''), { code: 'UNAUTHENTICATED' });
      await expectRefused(() => decide(''), { code: 'UNAUTHENTICATED' });
    });

    it('reports a case that does not exist as NOT_FOUND', async () => {
      await expectRefused(
        () => decide(coordinator, { caseId: `${ALLERDALE}-${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}` }),
        {
          code: 'NOT_FOUND',
        },
      );
      await expectRefused(() => decide(coordinator, { caseId: 'no-such-case' }), { code: 'NOT_FOUND' });
    });
  });
});
