import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { allCriteria, assessmentStreamId, auditReadsStreamId, partnershipStreamId } from '@nsf/domain';
import type { EventStore, RecordedEvent } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { OPEN, SCORE, SUBMIT, scoreEach } from '../assessments/assessment-requests';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const ALLERDALE = 'north_west-allerdale-cdrp';
/** A period after the demo history's, so this spec's year is the newest of Allerdale's story. */
const PERIOD = '2012-13';
const ASSESSMENT_ID = `${ALLERDALE}-${PERIOD}`;
const ASSESSMENT_STREAM = assessmentStreamId(ASSESSMENT_ID);
const CASE_UUID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const SUPPORT_STREAM = `support-${ALLERDALE}-${CASE_UUID}`;
const RESCORE_RATIONALE = 'The board now agrees its priorities every quarter';

const ENVELOPE =
  'id streamId revision globalPosition type schemaVersion tenantId actor actorRole reason commandId correlationId causationId occurredAt recordedAt data metadata previousHash hash';
const AUDIT_TRAIL = `
  query Trail($partnershipId: ID, $streamId: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    auditTrail(partnershipId: $partnershipId, streamId: $streamId, from: $from, to: $to, first: $first, after: $after) {
      edges { cursor node { ${ENVELOPE} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
const VERIFY = `
  query Verify($partnershipId: ID, $streamId: String) {
    verifyHistory(partnershipId: $partnershipId, streamId: $streamId) {
      valid streams { streamId eventsChecked valid firstAlteredEvent { eventId revision reason } }
    }
  }`;
const TIMELINE = `
  query Timeline($partnershipId: ID!, $first: Int, $after: String, $types: [String!]) {
    timeline(partnershipId: $partnershipId, first: $first, after: $after, types: $types) {
      edges { cursor node { eventId occurredAt type actor actorRole title description reason } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const VALIDATE = `
  mutation Validate($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { id status } }`;
const REQUEST_SUPPORT = `
  mutation Request($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`;
const DECIDE_SUPPORT = `
  mutation Decide($input: DecideSupportInput!) { decideSupport(input: $input) { id status } }`;

interface AuditEvent {
  id: string;
  streamId: string;
  revision: number;
  globalPosition: string;
  type: string;
  occurredAt: string;
  [field: string]: unknown;
}
interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage?: boolean; endCursor: string | null };
}
interface TimelineEntry {
  eventId: string;
  type: string;
  title: string;
  description: string;
  reason: string | null;
}
interface Verification {
  valid: boolean;
  streams: {
    streamId: string;
    eventsChecked: number;
    valid: boolean;
    firstAlteredEvent: { eventId: string; revision: number; reason: string } | null;
  }[];
}

describe.each(testDrivers())('audit trail, verification and timeline through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  /** When this spec began writing its own year, after the demo history. */
  let startedAt: string;
  const tokens: Record<string, string> = {};

  const trail = (variables: Record<string, unknown>, user = 'nadia.national') =>
    platform.graphql<{ auditTrail: Connection<AuditEvent> }>(AUDIT_TRAIL, variables, tokens[user]);
  const verify = (variables: Record<string, unknown>, user = 'nadia.national') =>
    platform.graphql<{ verifyHistory: Verification }>(VERIFY, variables, tokens[user]);
  const timeline = (variables: Record<string, unknown>, user = 'nadia.national') =>
    platform.graphql<{ timeline: Connection<TimelineEntry> }>(
      TIMELINE,
      { partnershipId: ALLERDALE, ...variables },
      tokens[user],
    );
  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);

  /** Setup for the assertions that follow: a failure names the step and stops. */
  async function must(step: string, request: Promise<GraphQLResponse<unknown>>): Promise<void> {
    const result = await request;
    if (result.errors) throw new Error(`${step} failed: ${result.errors[0].message}`);
  }

  async function tenantLog(tenantId: string): Promise<RecordedEvent[]> {
    const all: RecordedEvent[] = [];
    for (let page = await store.readAll({ maxCount: 1000 }); page.events.length > 0; ) {
      all.push(...page.events);
      page = await store.readAll({ after: page.checkpoint, maxCount: 1000 });
    }
    return all.filter((event) => event.tenantId === tenantId);
  }

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
    const users = ['nadia.national', 'aisha.auditor', 'nora.northwest', 'gwen.wales'];
    for (const user of [...users, 'liam.lead', 'maya.member', 'cerys.lead', 'owen.member']) {
      tokens[user] = await platform.signIn(user);
    }

    // Allerdale's year: self-assessed (one criterion revised), moderated, and supported.
    const lead = tokens['liam.lead'];
    const coordinator = tokens['nora.northwest'];
    startedAt = new Date().toISOString();
    await must('opening', platform.graphql(OPEN, { input: { partnershipId: ALLERDALE, period: PERIOD } }, lead));
    const score = (score: number, rationale: string) =>
      platform.graphql(
        SCORE,
        { input: { assessmentId: ASSESSMENT_ID, criterionId: 'leadership.2', score, rationale } },
        lead,
      );
    await must('scoring', score(2, 'Priorities are set by each partner alone'));
    const others = allCriteria()
      .map((criterion) => criterion.id)
      .filter((id) => id !== 'leadership.2');
    await scoreEach(platform, lead, ASSESSMENT_ID, others, 3);
    await must('re-scoring', score(3, RESCORE_RATIONALE));
    await must('submitting', platform.graphql(SUBMIT, { input: { assessmentId: ASSESSMENT_ID } }, lead));
    const moderatedScores = [{ criterionId: 'leadership.2', score: 2, reason: 'No external evidence yet' }];
    await must(
      'validating',
      platform.graphql(VALIDATE, { input: { assessmentId: ASSESSMENT_ID, moderatedScores } }, coordinator),
    );
    await must(
      'requesting support',
      platform.graphql(
        REQUEST_SUPPORT,
        {
          input: {
            partnershipId: ALLERDALE,
            offerId: 'problem-solving-training',
            need: 'Our analysts cannot yet work the ASB hotspots',
            commandId: CASE_UUID,
          },
        },
        lead,
      ),
    );
    await must(
      'deciding support',
      platform.graphql(
        DECIDE_SUPPORT,
        {
          input: {
            caseId: `${ALLERDALE}-${CASE_UUID}`,
            decision: 'APPROVED',
            rationale: 'The validated assessment shows the gap',
          },
        },
        coordinator,
      ),
    );
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  });
  afterAll(() => platform.dispose());

  describe('the audit trail', () => {
    it('holds the demo partnership’s registration with its whole envelope, as the store recorded it', async () => {
      const [registration] = await store.readStream(partnershipStreamId(ALLERDALE));
      const result = await trail({ partnershipId: ALLERDALE, first: 1 });
      expect(result.errors).toBeUndefined();
      expect(result.data?.auditTrail.edges[0].node).toEqual({
        id: registration.id,
        streamId: partnershipStreamId(ALLERDALE),
        revision: 0,
        globalPosition: registration.checkpoint,
        type: 'PartnershipRegistered',
        schemaVersion: 1,
        tenantId: ALLERDALE,
        actor: 'system:demo-data',
        actorRole: 'NATIONAL',
        reason: null,
        commandId: registration.commandId,
        correlationId: registration.correlationId,
        causationId: null,
        occurredAt: '2009-04-01T08:00:00.000Z',
        recordedAt: registration.recordedAt,
        data: {
          partnershipId: ALLERDALE,
          name: 'Allerdale CDRP',
          type: 'CDRP',
          region: 'NORTH_WEST',
          county: 'Cumbria',
        },
        metadata: { actorRole: 'NATIONAL' },
        previousHash: null,
        hash: registration.hash,
      });
      expect(result.data?.auditTrail.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('pages through the partnership’s whole history with its cursors: every event once, in log order', async () => {
      const seen: AuditEvent[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const result = await trail({ partnershipId: ALLERDALE, first: 7, after });
        expect(result.errors).toBeUndefined();
        const connection = result.data?.auditTrail;
        seen.push(...(connection?.edges.map((edge) => edge.node) ?? []));
        if (!connection?.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const log = await tenantLog(ALLERDALE);
      // The demo history, then this spec's year: opening, 44 scores, submission, validation, request, decision.
      expect(log.length).toBeGreaterThan(49);
      expect(seen.map((event) => [event.id, event.globalPosition])).toEqual(log.map((e) => [e.id, e.checkpoint]));
    });

    it('reads one stream in revision order, and keeps to the occurredAt window', async () => {
      const stream = await trail({ streamId: SUPPORT_STREAM });
      expect(stream.data?.auditTrail.edges.map(({ node }) => [node.revision, node.type])).toEqual([
        [0, 'SupportRequested'],
        [1, 'SupportDecided'],
      ]);
      const sinceStart = await trail({ partnershipId: ALLERDALE, from: startedAt, first: 200 });
      const types = sinceStart.data?.auditTrail.edges.map(({ node }) => node.type) ?? [];
      expect(types).toHaveLength(49);
      expect(types).not.toContain('PartnershipRegistered');
      const in2009 = await trail({
        partnershipId: ALLERDALE,
        from: '2009-04-01T08:00:00.000Z',
        to: '2009-04-01T08:00:00.000Z',
      });
      expect(in2009.data?.auditTrail.edges.map(({ node }) => node.type)).toEqual(['PartnershipRegistered']);
    });

    it('refuses a request it cannot answer as BAD_USER_INPUT on the argument at fault', async () => {
      await expectRefused(() => trail({ partnershipId: ALLERDALE, streamId: SUPPORT_STREAM }), {
        code: 'BAD_USER_INPUT',
        field: 'streamId',
      });
      await expectRefused(() => trail({}), { code: 'BAD_USER_INPUT', field: 'partnershipId' });
      await expectRefused(() => trail({ partnershipId: ALLERDALE, first: 0 }), {
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      await expectRefused(() => trail({ partnershipId: ALLERDALE, after: 'page-2' }), {
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      await expectRefused(
        () => trail({ partnershipId: ALLERDALE, from: '2010-01-01T00:00:00Z', to: '2009-01-01T00:00:00Z' }),
        { code: 'BAD_USER_INPUT', field: 'to' },
      );
    });
  });

  describe('the timeline', () => {
    it('tells the partnership’s year in plain words, newest first', async () => {
      const result = await timeline({ first: 6 }, 'liam.lead');
      expect(result.errors).toBeUndefined();
      const entries = result.data?.timeline.edges.map(({ node }) => node) ?? [];
      expect(entries.map((entry) => entry.title)).toEqual([
        'Support approved: ‘Problem-solving training for partnership analysts’',
        'Support requested: ‘Problem-solving training for partnership analysts’',
        'Assessment 2012-13 validated',
        'Assessment 2012-13 submitted',
        'Assessment 2012-13: ‘Leadership 1.2’ scored',
        'Assessment 2012-13: ‘Skills 6.6’ scored',
      ]);
      expect(entries[2].description).toBe(
        'Nora Northwest validated the 2012-13 self-assessment, moderating 1 score: ‘Leadership 1.2’ from 3 — Established to 2 — Developing (No external evidence yet).',
      );
      expect(entries[4]).toMatchObject({
        type: 'CriterionScored',
        description: `Liam Lead scored ‘Leadership 1.2’ 3 — Established (was 2): ${RESCORE_RATIONALE}.`,
        reason: RESCORE_RATIONALE,
      });
    });

    it('pages with its cursors and keeps to the types asked for', async () => {
      const seen: TimelineEntry[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const result = await timeline({ first: 2, after, types: ['PartnershipRegistered', 'AssessmentOpened'] });
        const connection = result.data?.timeline;
        seen.push(...(connection?.edges.map((edge) => edge.node) ?? []));
        if (!connection?.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen.map((entry) => [entry.type, entry.title])).toEqual([
        ['AssessmentOpened', 'Assessment 2012-13 opened'],
        ['AssessmentOpened', 'Assessment 2011-12 opened'],
        ['AssessmentOpened', 'Assessment 2010-11 opened'],
        ['AssessmentOpened', 'Assessment 2009-10 opened'],
        ['PartnershipRegistered', 'Partnership registered'],
      ]);
      expect(seen[4].description).toBe(
        'The platform (demo data) registered Allerdale CDRP, a CDRP in Cumbria, North West.',
      );
    });
  });

  describe('verification', () => {
    it('finds every stream of the partnership valid, checked from the event store', async () => {
      const result = await verify({ partnershipId: ALLERDALE });
      expect(result.errors).toBeUndefined();
      const verdict = result.data?.verifyHistory;
      expect(verdict?.valid).toBe(true);
      expect(verdict?.streams).toEqual(
        expect.arrayContaining([
          { streamId: partnershipStreamId(ALLERDALE), eventsChecked: 1, valid: true, firstAlteredEvent: null },
          { streamId: ASSESSMENT_STREAM, eventsChecked: 47, valid: true, firstAlteredEvent: null },
          { streamId: SUPPORT_STREAM, eventsChecked: 2, valid: true, firstAlteredEvent: null },
        ]),
      );
      // Every stream of the partnership's history, the demo years' too, each checked whole.
      const log = await tenantLog(ALLERDALE);
      expect(new Set(verdict?.streams.map((stream) => stream.streamId))).toEqual(new Set(log.map((e) => e.streamId)));
      expect(verdict?.streams.reduce((sum, stream) => sum + stream.eventsChecked, 0)).toBe(log.length);
      expect(verdict?.streams.every((stream) => stream.valid)).toBe(true);
    });
  });

  describe('who may read a history', () => {
    const matrix: [string, boolean][] = [
      ['nadia.national', true],
      ['aisha.auditor', true],
      ['nora.northwest', true],
      ['gwen.wales', false],
      ['liam.lead', true],
      ['maya.member', true],
      ['cerys.lead', false],
      ['owen.member', false],
    ];

    it.each(matrix)('%s may read Allerdale’s trail, verification and timeline: %s', async (user, allowed) => {
      const requests = [
        () => trail({ partnershipId: ALLERDALE, first: 1 }, user),
        () => trail({ streamId: ASSESSMENT_STREAM, first: 1 }, user),
        () => verify({ partnershipId: ALLERDALE }, user),
        () => verify({ streamId: SUPPORT_STREAM }, user),
        () => timeline({ first: 1 }, user),
      ];
      for (const request of requests) {
        if (allowed) expect((await request()).errors).toBeUndefined();
        else await expectRefused(request, { code: 'FORBIDDEN' });
      }
    });

    it('lets only the national team and auditors read the platform’s own streams', async () => {
      const stream = { streamId: 'platform-demo-data' };
      expect((await trail(stream, 'nadia.national')).data?.auditTrail.edges[0].node.type).toBe('DemoDataSeeded');
      expect((await verify(stream, 'aisha.auditor')).data?.verifyHistory.valid).toBe(true);
      await expectRefused(() => trail(stream, 'nora.northwest'), { code: 'FORBIDDEN' });
      await expectRefused(() => verify(stream, 'liam.lead'), { code: 'FORBIDDEN' });
    });

    it('answers NOT_FOUND for a partnership or stream there is not, and UNAUTHENTICATED without a token', async () => {
      const nowhere = 'north_west-nowhere-cdrp';
      await expectRefused(() => trail({ partnershipId: nowhere }, 'aisha.auditor'), { code: 'NOT_FOUND' });
      await expectRefused(() => verify({ partnershipId: nowhere }), { code: 'NOT_FOUND' });
      await expectRefused(() => timeline({ partnershipId: nowhere }), { code: 'NOT_FOUND' });
      await expectRefused(() => trail({ streamId: 'no-such-stream' }), { code: 'NOT_FOUND' });
      await expectRefused(() => verify({ streamId: 'no-such-stream' }, 'aisha.auditor'), { code: 'NOT_FOUND' });
      await expectRefused(() => platform.graphql(VERIFY, { partnershipId: ALLERDALE }), { code: 'UNAUTHENTICATED' });
    });
  });

  describe('when an auditor reads', () => {
    it('records what they read, when, in their own stream — and nobody else’s reads', async () => {
      const stream = auditReadsStreamId('aisha.auditor');
      const before = (await store.readStream(stream)).length;
      const from = '2009-04-01T00:00:00.000Z';
      expect((await trail({ partnershipId: ALLERDALE, from, first: 5 }, 'aisha.auditor')).errors).toBeUndefined();
      expect((await verify({ streamId: ASSESSMENT_STREAM }, 'aisha.auditor')).errors).toBeUndefined();

      const reads = (await store.readStream(stream)).slice(before);
      expect(
        reads.map(({ type, actor, tenantId, metadata, data }) => ({ type, actor, tenantId, metadata, data })),
      ).toEqual([
        {
          type: 'AuditTrailViewed',
          actor: 'aisha.auditor',
          tenantId: 'platform',
          metadata: { actorRole: 'AUDITOR' },
          data: {
            viewer: 'aisha.auditor',
            viewerRole: 'AUDITOR',
            read: 'AUDIT_TRAIL',
            partnershipId: ALLERDALE,
            streamId: null,
            from,
            to: null,
            first: 5,
            after: null,
          },
        },
        {
          type: 'AuditTrailViewed',
          actor: 'aisha.auditor',
          tenantId: 'platform',
          metadata: { actorRole: 'AUDITOR' },
          data: {
            viewer: 'aisha.auditor',
            viewerRole: 'AUDITOR',
            read: 'VERIFY_HISTORY',
            partnershipId: null,
            streamId: ASSESSMENT_STREAM,
            from: null,
            to: null,
            first: null,
            after: null,
          },
        },
      ]);
      // When: the platform's clock at the time of the read.
      expect(Date.now() - Date.parse(reads[1].occurredAt)).toBeLessThan(60_000);
      expect(await store.readStream(auditReadsStreamId('nadia.national'))).toEqual([]);

      // The record is itself a history the national team can verify.
      expect((await verify({ streamId: stream })).data?.verifyHistory.valid).toBe(true);
    });

    it('records a timeline and a partnership replayed as of an instant, too', async () => {
      const stream = auditReadsStreamId('aisha.auditor');
      const before = (await store.readStream(stream)).length;
      expect((await timeline({ partnershipId: ALLERDALE, first: 3 }, 'aisha.auditor')).errors).toBeUndefined();
      const asOf = '2010-06-30T23:59:59.000Z';
      const view = await platform.graphql(
        'query View($id: ID!, $asOf: DateTime) { partnership(id: $id, asOf: $asOf) { asOf } }',
        { id: ALLERDALE, asOf },
        await platform.signIn('aisha.auditor'),
      );
      expect(view.errors).toBeUndefined();
      const reads = (await store.readStream(stream)).slice(before).map((event) => event.data);
      expect(reads).toEqual([
        expect.objectContaining({ read: 'TIMELINE', partnershipId: ALLERDALE, first: 3 }),
        expect.objectContaining({ read: 'PARTNERSHIP_AS_OF', partnershipId: ALLERDALE, to: asOf }),
      ]);
    });
  });

  describe('when a stored event has been altered behind the store’s back', () => {
    it('names the altered event of the stream it belongs to, and no other', async () => {
      const events = await store.readStream(ASSESSMENT_STREAM);
      const rescore = events.find(
        (e) => e.type === 'CriterionScored' && (e.data as { score: number }).score === 3 && e.revision > 40,
      );
      if (!rescore) throw new Error('the re-score is missing from the assessment stream');
      // What an owner of the database could do: switch the append-only guard off and rewrite a row.
      await db.transaction(async (tx) => {
        await tx.query('ALTER TABLE nsf_events DISABLE TRIGGER nsf_events_append_only');
        await tx.query(`UPDATE nsf_events SET data = jsonb_set(data, '{score}', '4') WHERE event_id = $1`, [
          rescore.id,
        ]);
        await tx.query('ALTER TABLE nsf_events ENABLE TRIGGER nsf_events_append_only');
      });

      const result = await verify({ partnershipId: ALLERDALE }, 'aisha.auditor');
      expect(result.errors).toBeUndefined();
      const verification = result.data?.verifyHistory;
      expect(verification?.valid).toBe(false);
      // Only the altered stream fails; every other stream of the partnership still verifies.
      expect(verification?.streams.filter((stream) => !stream.valid).map((stream) => stream.streamId)).toEqual([
        ASSESSMENT_STREAM,
      ]);
      expect(verification?.streams.length).toBeGreaterThan(3);
      expect(verification?.streams.find((stream) => stream.streamId === ASSESSMENT_STREAM)).toEqual({
        streamId: ASSESSMENT_STREAM,
        eventsChecked: rescore.revision + 1,
        valid: false,
        firstAlteredEvent: {
          eventId: rescore.id,
          revision: rescore.revision,
          reason:
            'Its content no longer matches the hash recorded when it was written: it was altered after it was recorded.',
        },
      });
    });
  });
});
