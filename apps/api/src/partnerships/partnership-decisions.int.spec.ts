import { randomUUID } from 'node:crypto';
import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { partnershipStreamId } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { countEvents } from '../assessments/assessment-requests';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const FIELDS = 'id name region { code } priority escalated successorId predecessorIds';
const mutation = (name: string, input: string) => `
  mutation Decide($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const DESIGNATE = mutation('designatePriority', 'DesignatePriorityInput');
const LIFT = mutation('liftPriority', 'LiftPriorityInput');
const ESCALATE = mutation('escalate', 'EscalateInput');
const RESOLVE = mutation('resolveEscalation', 'ResolveEscalationInput');
const MERGE = mutation('mergePartnerships', 'MergePartnershipsInput');
const DIRECTORY = `
  query Directory { partnerships(region: "NORTH_WEST", first: 200) { edges { node { ${FIELDS} } } } }`;

interface Partnership {
  id: string;
  name: string;
  region: { code: string };
  priority: boolean;
  escalated: boolean;
  successorId: string | null;
  predecessorIds: string[];
}
type Decided = Record<string, Partnership>;

const ALLERDALE = 'north_west-allerdale-cdrp';
const COPELAND = 'north_west-copeland-cdrp';
const BARROW = 'north_west-barrow-in-furness-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const UNKNOWN = 'north_west-atlantis-cdrp';
const RATIONALE = 'Two validated assessments in a row show the same gaps';
const CONCERN = 'The partnership board has not met for six months';

describe.each(testDrivers())('decisions about a partnership through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let national: string;
  let coordinator: string;
  let walesCoordinator: string;
  let lead: string;
  let registrationId: string;

  const run = (document: string, token: string, input: Record<string, unknown>) =>
    platform.graphql<Decided>(document, { input }, token);
  const designate = (token: string, input: Record<string, unknown> = {}) =>
    run(DESIGNATE, token, { partnershipId: ALLERDALE, rationale: RATIONALE, ...input });
  const lift = (token: string, input: Record<string, unknown> = {}) =>
    run(LIFT, token, { partnershipId: ALLERDALE, rationale: 'The gaps have closed', ...input });
  const escalate = (token: string, input: Record<string, unknown> = {}) =>
    run(ESCALATE, token, { partnershipId: ALLERDALE, concern: CONCERN, rationale: RATIONALE, ...input });
  const resolve = (token: string, input: Record<string, unknown> = {}) =>
    run(RESOLVE, token, {
      partnershipId: ALLERDALE,
      resolution: 'The chief executives agreed a new chair',
      rationale: 'The board has met twice since',
      ...input,
    });
  const merge = (token: string, input: Record<string, unknown> = {}) =>
    run(MERGE, token, {
      partnershipId: ALLERDALE,
      successorId: COPELAND,
      rationale: 'One delivery structure for west Cumbria',
      ...input,
    });
  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);
  /** The partnership's stream after its registration: the decisions recorded on it. */
  const decisionsOn = async (partnershipId: string) =>
    (await store.readStream(partnershipStreamId(partnershipId))).slice(1);
  const directory = async () => {
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    const result = await platform.graphql<{ partnerships: { edges: { node: Partnership }[] } }>(DIRECTORY);
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.partnerships.edges ?? []).map(({ node }) => [node.id, node]));
  };

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
    national = await platform.signIn('nadia.national');
    coordinator = await platform.signIn('nora.northwest');
    walesCoordinator = await platform.signIn('gwen.wales');
    lead = await platform.signIn('liam.lead');
    registrationId = (await store.readStream(partnershipStreamId(ALLERDALE)))[0].id;
  });
  afterAll(() => platform.dispose());

  describe('when registered', () => {
    it('shows no decisions in the directory yet', async () => {
      expect((await directory()).get(ALLERDALE)).toEqual({
        id: ALLERDALE,
        name: 'Allerdale CDRP',
        region: { code: 'NORTH_WEST' },
        priority: false,
        escalated: false,
        successorId: null,
        predecessorIds: [],
      });
    });

    it('refuses the partnership’s own lead and another region’s coordinator as FORBIDDEN', async () => {
      for (const token of [lead, walesCoordinator]) {
        await expectRefused(() => designate(token), { code: 'FORBIDDEN' });
        await expectRefused(() => escalate(token), { code: 'FORBIDDEN' });
        await expectRefused(() => merge(token), { code: 'FORBIDDEN' });
      }
      await expectRefused(() => resolve(lead), { code: 'FORBIDDEN' });
    });

    it('refuses an empty rationale or concern as BAD_USER_INPUT on that field', async () => {
      await expectRefused(() => designate(coordinator, { rationale: '  ' }), {
        code: 'BAD_USER_INPUT',
        field: 'rationale',
      });
      await expectRefused(() => escalate(coordinator, { concern: ' ' }), { code: 'BAD_USER_INPUT', field: 'concern' });
      await expectRefused(() => merge(coordinator, { rationale: '' }), { code: 'BAD_USER_INPUT', field: 'rationale' });
    });

    it('refuses evidence that is no event of the partnership’s history as BAD_USER_INPUT on evidence', async () => {
      const cardiffRegistration = (await store.readStream(partnershipStreamId(CARDIFF)))[0].id;
      for (const evidence of [['no-such-event'], [registrationId, cardiffRegistration]]) {
        await expectRefused(() => designate(coordinator, { evidence }), { code: 'BAD_USER_INPUT', field: 'evidence' });
        await expectRefused(() => escalate(coordinator, { evidence }), { code: 'BAD_USER_INPUT', field: 'evidence' });
      }
    });

    it('reports an unknown partnership as NOT_FOUND', async () => {
      const partnershipId = UNKNOWN;
      await expectRefused(() => designate(coordinator, { partnershipId }), { code: 'NOT_FOUND' });
      await expectRefused(() => lift(coordinator, { partnershipId }), { code: 'NOT_FOUND' });
      await expectRefused(() => escalate(coordinator, { partnershipId }), { code: 'NOT_FOUND' });
      await expectRefused(() => resolve(national, { partnershipId }), { code: 'NOT_FOUND' });
      await expectRefused(() => merge(coordinator, { partnershipId }), { code: 'NOT_FOUND' });
    });

    it('refuses to lift a priority it does not have, or resolve an escalation that is not open, as CONFLICT', async () => {
      await expectRefused(() => lift(coordinator), { code: 'CONFLICT' });
      await expectRefused(() => resolve(national), { code: 'CONFLICT' });
    });

    it('refuses a successor that is itself, unknown or in another region as BAD_USER_INPUT on the successor', async () => {
      for (const successorId of [ALLERDALE, UNKNOWN, CARDIFF]) {
        await expectRefused(() => merge(coordinator, { successorId }), {
          code: 'BAD_USER_INPUT',
          field: 'successorId',
        });
      }
    });

    it('has recorded no decision on the stream through any of those refusals', async () => {
      expect(await decisionsOn(ALLERDALE)).toEqual([]);
    });
  });

  describe('when the region’s coordinator designates it a priority partnership', () => {
    it('records the designation with the rationale and the tidied evidence, by the coordinator', async () => {
      const result = await designate(coordinator, { evidence: [registrationId, ` ${registrationId} `, ' '] });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['designatePriority']).toMatchObject({ id: ALLERDALE, priority: true, escalated: false });
      const [designated] = await decisionsOn(ALLERDALE);
      expect(designated).toMatchObject({
        type: 'PriorityDesignated',
        schemaVersion: 1,
        actor: 'nora.northwest',
        tenantId: ALLERDALE,
        data: { partnershipId: ALLERDALE, rationale: RATIONALE, evidence: [registrationId] },
      });
      expect((await directory()).get(ALLERDALE)?.priority).toBe(true);
    });

    it('refuses to designate it again as CONFLICT', async () => {
      const message = await expectRefused(() => designate(national), { code: 'CONFLICT' });
      expect(message).toMatch(/already a priority/);
    });

    it('lets the national team lift it, once for a retried command', async () => {
      const commandId = randomUUID();
      const before = await countEvents(db);
      const first = await lift(national, { commandId });
      const retried = await lift(national, { commandId });
      expect(first.errors).toBeUndefined();
      expect(retried.data).toEqual(first.data);
      expect(first.data?.['liftPriority'].priority).toBe(false);
      expect(await countEvents(db)).toBe(before + 1);
      const lifted = (await decisionsOn(ALLERDALE)).at(-1);
      expect(lifted).toMatchObject({
        type: 'PriorityLifted',
        actor: 'nadia.national',
        commandId,
        data: { partnershipId: ALLERDALE, rationale: 'The gaps have closed', evidence: [] },
      });
      expect((await directory()).get(ALLERDALE)?.priority).toBe(false);
    });
  });

  describe('when the coordinator escalates a concern', () => {
    it('records the escalation with the concern, rationale and evidence', async () => {
      const result = await escalate(coordinator, { evidence: [registrationId] });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['escalate']).toMatchObject({ escalated: true, priority: false });
      expect((await decisionsOn(ALLERDALE)).at(-1)).toMatchObject({
        type: 'Escalated',
        actor: 'nora.northwest',
        data: { partnershipId: ALLERDALE, concern: CONCERN, rationale: RATIONALE, evidence: [registrationId] },
      });
      expect((await directory()).get(ALLERDALE)?.escalated).toBe(true);
    });

    it('refuses a second escalation while one is open as CONFLICT', async () => {
      await expectRefused(() => escalate(national, { concern: 'Another worry' }), { code: 'CONFLICT' });
    });

    it('refuses the coordinator as FORBIDDEN: only the national team resolves it', async () => {
      await expectRefused(() => resolve(coordinator), { code: 'FORBIDDEN' });
    });

    it('refuses an empty resolution as BAD_USER_INPUT on the resolution', async () => {
      await expectRefused(() => resolve(national, { resolution: '  ' }), {
        code: 'BAD_USER_INPUT',
        field: 'resolution',
      });
    });

    it('lets the national team resolve it', async () => {
      const result = await resolve(national);
      expect(result.errors).toBeUndefined();
      expect(result.data?.['resolveEscalation'].escalated).toBe(false);
      expect((await decisionsOn(ALLERDALE)).at(-1)).toMatchObject({
        type: 'EscalationResolved',
        actor: 'nadia.national',
        data: {
          partnershipId: ALLERDALE,
          resolution: 'The chief executives agreed a new chair',
          rationale: 'The board has met twice since',
          evidence: [],
        },
      });
      expect((await directory()).get(ALLERDALE)?.escalated).toBe(false);
      await expectRefused(() => resolve(national), { code: 'CONFLICT' });
    });
  });

  describe('when the coordinator merges it into a partnership of the region', () => {
    it('records the merger as one event on the merging partnership’s stream, once for a retried command', async () => {
      const commandId = randomUUID();
      const successorBefore = await store.readStream(partnershipStreamId(COPELAND));
      const before = await countEvents(db);
      const first = await merge(coordinator, { commandId, evidence: [registrationId] });
      const retried = await merge(coordinator, { commandId, evidence: [registrationId] });
      expect(first.errors).toBeUndefined();
      expect(retried.data).toEqual(first.data);
      expect(first.data?.['mergePartnerships']).toMatchObject({ id: ALLERDALE, successorId: COPELAND });
      expect(await countEvents(db)).toBe(before + 1);
      expect((await decisionsOn(ALLERDALE)).at(-1)).toMatchObject({
        type: 'PartnershipMerged',
        schemaVersion: 1,
        actor: 'nora.northwest',
        tenantId: ALLERDALE,
        data: {
          partnershipId: ALLERDALE,
          successorId: COPELAND,
          rationale: 'One delivery structure for west Cumbria',
          evidence: [registrationId],
        },
      });
      expect(await store.readStream(partnershipStreamId(COPELAND))).toEqual(successorBefore);
    });

    it('keeps the merged partnership’s history readable', async () => {
      expect((await store.readStream(partnershipStreamId(ALLERDALE))).map((event) => event.type)).toEqual([
        'PartnershipRegistered',
        'PriorityDesignated',
        'PriorityLifted',
        'Escalated',
        'EscalationResolved',
        'PartnershipMerged',
      ]);
    });

    it('shows the merger both ways in the directory', async () => {
      const partnerships = await directory();
      expect(partnerships.get(ALLERDALE)).toMatchObject({ successorId: COPELAND, predecessorIds: [] });
      expect(partnerships.get(COPELAND)).toMatchObject({ successorId: null, predecessorIds: [ALLERDALE] });
    });

    it('answers a decision about the successor with the partnerships merged into it', async () => {
      const result = await designate(coordinator, { partnershipId: COPELAND });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['designatePriority']).toMatchObject({
        id: COPELAND,
        priority: true,
        predecessorIds: [ALLERDALE],
      });
    });

    it('refuses every further decision about the merged partnership as CONFLICT naming its successor', async () => {
      const refusals = [
        () => designate(coordinator),
        () => lift(coordinator),
        () => escalate(coordinator),
        () => resolve(national),
        () => merge(coordinator, { successorId: BARROW }),
      ];
      for (const refused of refusals) {
        const message = await expectRefused(refused, { code: 'CONFLICT' });
        expect(message).toContain(COPELAND);
      }
    });

    it('refuses a merger into the merged partnership as BAD_USER_INPUT naming where it went', async () => {
      const message = await expectRefused(() => merge(national, { partnershipId: BARROW, successorId: ALLERDALE }), {
        code: 'BAD_USER_INPUT',
        field: 'successorId',
      });
      expect(message).toContain(COPELAND);
    });
  });

  describe('when a partnership merges with an escalation open', () => {
    it('lets the national team resolve it on the merged partnership, once', async () => {
      const raised = await escalate(coordinator, { partnershipId: BARROW });
      const merged = await merge(coordinator, { partnershipId: BARROW });
      expect([raised.errors, merged.errors]).toEqual([undefined, undefined]);
      expect(merged.data?.['mergePartnerships']).toMatchObject({ id: BARROW, escalated: true, successorId: COPELAND });

      await expectRefused(() => resolve(coordinator, { partnershipId: BARROW }), { code: 'FORBIDDEN' });
      const resolved = await resolve(national, { partnershipId: BARROW });
      expect(resolved.errors).toBeUndefined();
      expect(resolved.data?.['resolveEscalation']).toMatchObject({
        id: BARROW,
        escalated: false,
        successorId: COPELAND,
      });
      expect((await decisionsOn(BARROW)).slice(-3).map((event) => event.type)).toEqual([
        'Escalated',
        'PartnershipMerged',
        'EscalationResolved',
      ]);
      expect((await directory()).get(BARROW)).toMatchObject({ escalated: false, successorId: COPELAND });

      const message = await expectRefused(() => resolve(national, { partnershipId: BARROW }), { code: 'CONFLICT' });
      expect(message).toContain(COPELAND);
    });
  });
});
