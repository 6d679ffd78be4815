import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { criteriaApplicableTo } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { OPEN, SUBMIT, attempt, scoreEach } from '../assessments/assessment-requests';
import { expectRefused as expectRefusedOn } from '../testing/expect-refused';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const ACTION_FIELDS = `id partnershipId frameworkVersion hallmarkId criterionId assessmentId description owner dueOn
  status completedOn history { kind occurredAt actor from to note }`;
const ADD = `
  mutation Add($input: AddImprovementActionInput!) { addImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE = `
  mutation Update($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
const GET = `query Get($id: ID!) { improvementAction(id: $id) { ${ACTION_FIELDS} } }`;
const VALIDATE = `
  mutation Validate($input: ValidateAssessmentInput!) { validateAssessment(input: $input) { id status } }`;

interface ImprovementAction {
  id: string;
  partnershipId: string;
  frameworkVersion: string;
  hallmarkId: string;
  criterionId: string;
  assessmentId: string | null;
  description: string;
  owner: string;
  dueOn: string;
  status: string;
  completedOn: string | null;
  history: {
    kind: string;
    occurredAt: string;
    actor: string;
    from: string | null;
    to: string | null;
    note: string | null;
  }[];
}

const ALLERDALE = 'north_west-allerdale-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const ACTION_UUID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const ACTION_ID = `${ALLERDALE}-${ACTION_UUID}`;
const COMMAND_ID = 'c0ffee00-1111-4222-8333-444455556666';
const DESCRIPTION = 'Agree a joint tasking process with the police for ASB hotspots';
const OWNER = 'Community Safety Manager';
/** A period after the demo history's: not opened until this spec opens it. */
const CARDIFF_ASSESSMENT = `${CARDIFF}-2012-13`;

describe.each(testDrivers())('improvement actions through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  let store: EventStore;
  let lead: string;
  let member: string;
  let coordinator: string;
  let walesCoordinator: string;
  let cardiffLead: string;
  let auditor: string;

  const add = (token: string, input: Record<string, unknown> = {}) =>
    platform.graphql<{ addImprovementAction: ImprovementAction }>(
      ADD,
      {
        input: {
          partnershipId: ALLERDALE,
          actionUuid: ACTION_UUID,
          criterionId: 'intelligence.1',
          description: DESCRIPTION,
          owner: OWNER,
          dueOn: '2010-03-31',
          ...input,
        },
      },
      token,
    );
  const update = (token: string, input: Record<string, unknown>) =>
    platform.graphql<{ updateImprovementAction: ImprovementAction }>(
      UPDATE,
      { input: { actionId: ACTION_ID, ...input } },
      token,
    );
  const get = (token: string, id = ACTION_ID) =>
    platform.graphql<{ improvementAction: ImprovementAction }>(GET, { id }, token);
  const expectRefused = (
    request: () => Promise<GraphQLResponse<unknown>>,
    expected: { code: string; field?: string },
  ) => expectRefusedOn(db, request, expected);
  /** Another action of the same partnership, so each refusal is tried on a stream that could be written. */
  const otherUuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
    lead = await platform.signIn('liam.lead');
    member = await platform.signIn('maya.member');
    coordinator = await platform.signIn('nora.northwest');
    walesCoordinator = await platform.signIn('gwen.wales');
    cardiffLead = await platform.signIn('cerys.lead');
    auditor = await platform.signIn('aisha.auditor');
  });
  afterAll(() => platform.dispose());

  describe('when the partnership adds an action and carries it to completion', () => {
    it('lets the lead add an action on a criterion, not started, named by the partnership and the UUID', async () => {
      const result = await add(lead, { commandId: COMMAND_ID });
      expect(result.errors).toBeUndefined();
      expect(result.data?.addImprovementAction).toMatchObject({
        id: ACTION_ID,
        partnershipId: ALLERDALE,
        frameworkVersion: '2009.1',
        hallmarkId: 'intelligence',
        criterionId: 'intelligence.1',
        assessmentId: null,
        description: DESCRIPTION,
        owner: OWNER,
        dueOn: '2010-03-31',
        status: 'NOT_STARTED',
        completedOn: null,
        history: [{ kind: 'ADDED', actor: 'liam.lead', from: null, to: null, note: null }],
      });
    });

    it('applies a retried add (same command id) once, answering with the same action', async () => {
      const retry = await attempt(db, () => add(lead, { commandId: COMMAND_ID }));
      expect(retry).toMatchObject({ error: null, appended: 0, data: { addImprovementAction: { id: ACTION_ID } } });
    });

    it('refuses the same action added again under a new command as CONFLICT', async () => {
      await expectRefused(() => add(lead), { code: 'CONFLICT' });
    });

    it('lets a member start it and hand it over in one update: one event per kind of change', async () => {
      const result = await update(member, {
        status: 'IN_PROGRESS',
        owner: 'Partnership Analyst',
        note: 'Analyst leads the data work',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateImprovementAction).toMatchObject({
        status: 'IN_PROGRESS',
        owner: 'Partnership Analyst',
      });
      expect(result.data?.updateImprovementAction.history.slice(1)).toMatchObject([
        { kind: 'REASSIGNED', actor: 'maya.member', from: OWNER, to: 'Partnership Analyst' },
        { kind: 'STATUS_CHANGED', actor: 'maya.member', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
      ]);
    });

    it('lets the region’s coordinator reschedule it', async () => {
      const result = await update(coordinator, { dueOn: '2010-06-30', note: 'Police restructure delays the start' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateImprovementAction.dueOn).toBe('2010-06-30');
    });

    it('refuses blocking without a note as BAD_USER_INPUT on the note', async () => {
      await expectRefused(() => update(lead, { status: 'BLOCKED' }), { code: 'BAD_USER_INPUT', field: 'note' });
    });

    it('refuses an update that changes nothing as BAD_USER_INPUT', async () => {
      await expectRefused(() => update(lead, { owner: 'Partnership Analyst', note: 'Same as before' }), {
        code: 'BAD_USER_INPUT',
      });
    });

    it('refuses a due date not on the calendar as BAD_USER_INPUT on the due date', async () => {
      await expectRefused(() => update(lead, { dueOn: '2010-06-31' }), { code: 'BAD_USER_INPUT', field: 'dueOn' });
    });

    it('refuses an auditor, another partnership’s lead and another region’s coordinator as FORBIDDEN', async () => {
      await expectRefused(() => update(auditor, { status: 'IN_PROGRESS' }), { code: 'FORBIDDEN' });
      await expectRefused(() => update(cardiffLead, { owner: 'Someone in Cardiff' }), { code: 'FORBIDDEN' });
      await expectRefused(() => update(walesCoordinator, { owner: 'Someone in Wales' }), { code: 'FORBIDDEN' });
    });

    it('lets the lead complete it with a note, dated the day it was recorded', async () => {
      const result = await update(lead, { status: 'COMPLETED', note: 'Tasking group met in February' });
      expect(result.errors).toBeUndefined();
      const action = result.data?.updateImprovementAction;
      const completion = action?.history[action.history.length - 1];
      expect(completion).toMatchObject({ kind: 'STATUS_CHANGED', from: 'IN_PROGRESS', to: 'COMPLETED' });
      expect(action).toMatchObject({ status: 'COMPLETED', completedOn: completion?.occurredAt.slice(0, 10) });
      expect(action?.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('refuses any change to the completed action as CONFLICT', async () => {
      const message = await expectRefused(() => update(lead, { status: 'IN_PROGRESS', note: 'Reopening' }), {
        code: 'CONFLICT',
      });
      expect(message).toMatch(/completed/);
      await expectRefused(() => update(coordinator, { dueOn: '2010-12-31' }), { code: 'CONFLICT' });
    });

    it('has written the action’s events in order, each with its actor and the partnership as tenant', async () => {
      const events = await store.readStream(`action-${ACTION_ID}`);
      expect(events.map(({ type, actor, tenantId }) => ({ type, actor, tenantId }))).toEqual([
        { type: 'ImprovementActionAdded', actor: 'liam.lead', tenantId: ALLERDALE },
        { type: 'ImprovementActionReassigned', actor: 'maya.member', tenantId: ALLERDALE },
        { type: 'ImprovementActionStatusChanged', actor: 'maya.member', tenantId: ALLERDALE },
        { type: 'ImprovementActionRescheduled', actor: 'nora.northwest', tenantId: ALLERDALE },
        { type: 'ImprovementActionStatusChanged', actor: 'liam.lead', tenantId: ALLERDALE },
      ]);
      expect(events[0].data).toEqual({
        actionId: ACTION_ID,
        partnershipId: ALLERDALE,
        frameworkVersion: '2009.1',
        hallmarkId: 'intelligence',
        criterionId: 'intelligence.1',
        assessmentId: null,
        description: DESCRIPTION,
        owner: OWNER,
        dueOn: '2010-03-31',
      });
      expect(events[3].data).toEqual({
        actionId: ACTION_ID,
        previousDueOn: '2010-03-31',
        dueOn: '2010-06-30',
        note: 'Police restructure delays the start',
      });
      expect(events[4].data).toEqual({
        actionId: ACTION_ID,
        previousStatus: 'IN_PROGRESS',
        status: 'COMPLETED',
        note: 'Tasking group met in February',
      });
    });
  });

  describe('when the action is read', () => {
    it('shows it with its whole history to an auditor', async () => {
      const result = await get(auditor);
      expect(result.errors).toBeUndefined();
      expect(result.data?.improvementAction).toMatchObject({ id: ACTION_ID, status: 'COMPLETED' });
      expect(result.data?.improvementAction.history.map((change) => change.kind)).toEqual([
        'ADDED',
        'REASSIGNED',
        'STATUS_CHANGED',
        'RESCHEDULED',
        'STATUS_CHANGED',
      ]);
    });

    it('refuses another partnership’s lead and another region’s coordinator as FORBIDDEN', async () => {
      expect((await get(cardiffLead)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await get(walesCoordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('reports an unknown action as NOT_FOUND', async () => {
      expect((await get(lead, `${ALLERDALE}-${otherUuid(99)}`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await get(lead, 'no-such-action')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('when an add is refused', () => {
    it.each([
      ['a criterion the framework does not have', { criterionId: 'intelligence.99' }, 'criterionId'],
      ['an empty description', { description: '  ' }, 'description'],
      ['an empty owner', { owner: '' }, 'owner'],
      ['a due date not on the calendar', { dueOn: '2010-02-30' }, 'dueOn'],
      ['a due date in another format', { dueOn: '31/03/2010' }, 'dueOn'],
      ['an action UUID that is not a UUID', { actionUuid: 'action-1' }, 'actionUuid'],
      ['a command id that is not a UUID', { commandId: 'retry-1' }, 'commandId'],
    ])('refuses %s as BAD_USER_INPUT on that field', async (_case, input, field) => {
      await expectRefused(() => add(lead, { actionUuid: otherUuid(1), ...input }), { code: 'BAD_USER_INPUT', field });
    });

    it('refuses the England-only criterion for a Welsh CSP as BAD_USER_INPUT on the criterion', async () => {
      const message = await expectRefused(
        () => add(cardiffLead, { partnershipId: CARDIFF, actionUuid: otherUuid(2), criterionId: 'communities.4' }),
        { code: 'BAD_USER_INPUT', field: 'criterionId' },
      );
      expect(message).toMatch(/England/);
    });

    it('refuses another partnership’s lead, another region’s coordinator and an auditor as FORBIDDEN', async () => {
      await expectRefused(() => add(cardiffLead, { actionUuid: otherUuid(3) }), { code: 'FORBIDDEN' });
      await expectRefused(() => add(walesCoordinator, { actionUuid: otherUuid(3) }), { code: 'FORBIDDEN' });
      await expectRefused(() => add(auditor, { actionUuid: otherUuid(3) }), { code: 'FORBIDDEN' });
    });

    it('refuses a caller without a token as UNAUTHENTICATED', async () => {
      await expectRefused(() => add('', { actionUuid: otherUuid(4) }), { code: 'UNAUTHENTICATED' });
      await expectRefused(() => update('', { status: 'IN_PROGRESS' }), { code: 'UNAUTHENTICATED' });
    });

    it('reports an unknown partnership and an unknown action as NOT_FOUND', async () => {
      await expectRefused(() => add(coordinator, { partnershipId: 'north_west-nowhere-cdrp' }), { code: 'NOT_FOUND' });
      await expectRefused(() => update(lead, { actionId: `${ALLERDALE}-${otherUuid(5)}`, status: 'IN_PROGRESS' }), {
        code: 'NOT_FOUND',
      });
      await expectRefused(() => update(lead, { actionId: 'no-such-action', status: 'IN_PROGRESS' }), {
        code: 'NOT_FOUND',
      });
    });
  });

  describe('when an action cites the assessment where the weakness was found', () => {
    const addForCardiff = (input: Record<string, unknown>) =>
      add(cardiffLead, {
        partnershipId: CARDIFF,
        criterionId: 'leadership.1',
        assessmentId: CARDIFF_ASSESSMENT,
        ...input,
      });

    it('refuses an assessment that does not exist as BAD_USER_INPUT on the assessment', async () => {
      await expectRefused(() => addForCardiff({ actionUuid: otherUuid(6) }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
    });

    it('refuses an assessment that is not yet validated', async () => {
      const opened = await platform.graphql(
        OPEN,
        { input: { partnershipId: CARDIFF, period: '2012-13' } },
        cardiffLead,
      );
      expect(opened.errors).toBeUndefined();
      const criteria = criteriaApplicableTo({ country: 'Wales', twoTier: false }).map((criterion) => criterion.id);
      await scoreEach(platform, cardiffLead, CARDIFF_ASSESSMENT, criteria, 2);
      expect(
        (await platform.graphql(SUBMIT, { input: { assessmentId: CARDIFF_ASSESSMENT } }, cardiffLead)).errors,
      ).toBeUndefined();

      const message = await expectRefused(() => addForCardiff({ actionUuid: otherUuid(7) }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
      expect(message).toMatch(/submitted/);
    });

    it('records the validated assessment with the action', async () => {
      const validated = await platform.graphql(
        VALIDATE,
        { input: { assessmentId: CARDIFF_ASSESSMENT } },
        walesCoordinator,
      );
      expect(validated.errors).toBeUndefined();
      const result = await addForCardiff({ actionUuid: otherUuid(8) });
      expect(result.errors).toBeUndefined();
      expect(result.data?.addImprovementAction).toMatchObject({
        id: `${CARDIFF}-${otherUuid(8)}`,
        partnershipId: CARDIFF,
        hallmarkId: 'leadership',
        assessmentId: CARDIFF_ASSESSMENT,
      });
      const [event] = await store.readStream(`action-${CARDIFF}-${otherUuid(8)}`);
      expect(event).toMatchObject({
        type: 'ImprovementActionAdded',
        actor: 'cerys.lead',
        tenantId: CARDIFF,
        data: { assessmentId: CARDIFF_ASSESSMENT },
      });
    });

    it('refuses another partnership’s assessment, validated or not, without reading it', async () => {
      await expectRefused(() => add(lead, { actionUuid: otherUuid(9), assessmentId: CARDIFF_ASSESSMENT }), {
        code: 'BAD_USER_INPUT',
        field: 'assessmentId',
      });
    });

    it('lets the region’s coordinator add an action for the partnership too', async () => {
      const result = await add(walesCoordinator, {
        partnershipId: CARDIFF,
        actionUuid: otherUuid(10),
        criterionId: 'delivery.1',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.addImprovementAction.history).toMatchObject([{ kind: 'ADDED', actor: 'gwen.wales' }]);
    });
  });
});
