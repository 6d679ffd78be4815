import { deciderSpecification } from '../testing/decider-specification';
import type { ImprovementActionStatus } from './improvement-action';
import { improvementActionDecider } from './improvement-action.decide';
import {
  DUE_ON,
  OWNER,
  added,
  blocked,
  cancelled,
  completed,
  reassigned,
  rescheduled,
  started,
  statusChanged,
} from './improvement-action.fixtures';
import type { UpdateImprovementAction } from './update-improvement-action.decide';

const spec = deciderSpecification(improvementActionDecider);

const update = (changes: Partial<Omit<UpdateImprovementAction, 'type'>>): UpdateImprovementAction => ({
  type: 'UpdateImprovementAction',
  owner: null,
  dueOn: null,
  status: null,
  note: null,
  ...changes,
});

const NEW_OWNER = 'Partnership Analyst';

describe('updating an improvement action', () => {
  describe('when no action exists', () => {
    it('reports the action as not found', () => {
      spec
        .given([])
        .when(update({ status: 'IN_PROGRESS' }))
        .thenRejects({ kind: 'not_found' });
    });
  });

  describe('when not started', () => {
    it('starts it without needing a note', () => {
      spec
        .given([added])
        .when(update({ status: 'IN_PROGRESS' }))
        .then([started]);
    });

    it('reassigns it, recording the previous owner and the note, tidied', () => {
      spec
        .given([added])
        .when(update({ owner: ` ${NEW_OWNER} `, note: ' Manager on leave ' }))
        .then([reassigned(OWNER, NEW_OWNER, 'Manager on leave')]);
    });

    it('reschedules it, recording the previous due date', () => {
      spec
        .given([added])
        .when(update({ dueOn: '2010-06-30' }))
        .then([rescheduled(DUE_ON, '2010-06-30')]);
    });

    it('records one event per kind of change, the status last, each with the note', () => {
      const note = 'Handed over at the March board';
      spec
        .given([added])
        .when(update({ status: 'IN_PROGRESS', dueOn: '2010-06-30', owner: NEW_OWNER, note }))
        .then([
          reassigned(OWNER, NEW_OWNER, note),
          rescheduled(DUE_ON, '2010-06-30', note),
          statusChanged('NOT_STARTED', 'IN_PROGRESS', note),
        ]);
    });

    it('records only what changes when some values are given as they already are', () => {
      spec
        .given([added])
        .when(update({ owner: OWNER, dueOn: DUE_ON, status: 'IN_PROGRESS' }))
        .then([started]);
    });

    it.each([
      ['nothing', update({})],
      ['only a note', update({ note: 'Still on track' })],
      ['the values it already has', update({ owner: ` ${OWNER}`, dueOn: DUE_ON, status: 'NOT_STARTED' })],
    ])('rejects an update that gives %s as invalid input', (_case, command) => {
      spec
        .given([added])
        .when(command)
        .thenRejects({ kind: 'invalid', message: expect.stringContaining('Nothing would change') });
    });

    it.each<[ImprovementActionStatus, string]>([
      ['BLOCKED', 'blocking'],
      ['COMPLETED', 'done'],
      ['CANCELLED', 'cancelled'],
    ])('rejects moving to %s without a note, as invalid input on the note', (status, wording) => {
      spec
        .given([added])
        .when(update({ status, note: '  ' }))
        .thenRejects({ kind: 'invalid', field: 'note', message: expect.stringContaining(wording) });
    });

    it('cancels it with a note', () => {
      spec
        .given([added])
        .when(update({ status: 'CANCELLED', note: 'Superseded by the county-wide plan' }))
        .then([cancelled]);
    });

    it.each([
      ['an empty owner', { owner: ' ' }, 'owner'],
      ['an owner over 200 characters', { owner: 'x'.repeat(201) }, 'owner'],
      ['a due date not on the calendar', { dueOn: '2010-04-31' }, 'dueOn'],
      ['a due date in another format', { dueOn: '2010-4-30' }, 'dueOn'],
      ['a note over 2000 characters', { status: 'IN_PROGRESS' as const, note: 'x'.repeat(2001) }, 'note'],
    ])('rejects %s as invalid input on that field', (_case, changes, field) => {
      spec.given([added]).when(update(changes)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when in progress', () => {
    it('blocks it, saying what blocks it', () => {
      spec
        .given([added, started])
        .when(update({ status: 'BLOCKED', note: 'Waiting for the police data-sharing agreement' }))
        .then([blocked]);
    });

    it('completes it, saying what was done', () => {
      spec
        .given([added, started])
        .when(update({ status: 'COMPLETED', note: 'Tasking group met in February' }))
        .then([completed]);
    });

    it('records a reassignment and a completion together, the completion last', () => {
      spec
        .given([added, started])
        .when(update({ owner: NEW_OWNER, status: 'COMPLETED', note: 'Tasking group met in February' }))
        .then([reassigned(OWNER, NEW_OWNER, 'Tasking group met in February'), completed]);
    });
  });

  describe('when blocked', () => {
    it('resumes it', () => {
      spec
        .given([added, started, blocked])
        .when(update({ status: 'IN_PROGRESS', note: 'Agreement signed' }))
        .then([statusChanged('BLOCKED', 'IN_PROGRESS', 'Agreement signed')]);
    });

    it('reschedules it while it stays blocked', () => {
      spec
        .given([added, started, blocked])
        .when(update({ dueOn: '2010-09-30' }))
        .then([rescheduled(DUE_ON, '2010-09-30')]);
    });
  });

  describe('when rescheduled and reassigned', () => {
    it('compares a change with the current values, not the first ones', () => {
      spec
        .given([added, reassigned(OWNER, NEW_OWNER), rescheduled(DUE_ON, '2010-06-30')])
        .when(update({ owner: OWNER, dueOn: '2010-06-30' }))
        .then([reassigned(NEW_OWNER, OWNER)]);
    });
  });

  describe('when completed', () => {
    it.each([
      ['a status', update({ status: 'IN_PROGRESS' })],
      ['an owner', update({ owner: NEW_OWNER })],
      ['a due date', update({ dueOn: '2010-06-30' })],
    ])('refuses any change, here %s, as a conflict', (_case, command) => {
      spec
        .given([added, started, completed])
        .when(command)
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('completed') });
    });
  });

  describe('when cancelled', () => {
    it('refuses any change as a conflict: a cancelled action is closed', () => {
      spec
        .given([added, cancelled])
        .when(update({ status: 'IN_PROGRESS' }))
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('cancelled') });
    });
  });
});
