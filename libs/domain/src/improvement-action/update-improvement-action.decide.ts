import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import {
  describeImprovementActionStatus,
  isClosedImprovementAction,
  type ImprovementActionEvent,
  type ImprovementActionState,
  type ImprovementActionStatus,
} from './improvement-action';
import { checkDueOn, checkNote, checkOwner } from './improvement-action-fields';

export interface UpdateImprovementAction {
  readonly type: 'UpdateImprovementAction';
  /** Each of owner, due date and status is left as it is when null. */
  readonly owner: string | null;
  readonly dueOn: string | null;
  readonly status: ImprovementActionStatus | null;
  /** Why; recorded on every change the update makes. */
  readonly note: string | null;
}

/** Moving to these needs a note: what blocks the action, what was done, or why it was dropped. */
const NOTE_NEEDED_FOR: Partial<Record<ImprovementActionStatus, string>> = {
  BLOCKED: 'Say what is blocking the action',
  COMPLETED: 'Say what was done to complete the action',
  CANCELLED: 'Say why the action is cancelled',
};

/**
 * An open action is reassigned, rescheduled or moved on, one event per kind of change so each
 * reads on its own; a value given unchanged is not a change. Completed and cancelled actions are
 * closed: the record of what was done must not move afterwards.
 */
export function decideUpdateImprovementAction(
  command: UpdateImprovementAction,
  state: ImprovementActionState,
): Decision<ImprovementActionEvent> {
  if (state.status === 'none') return reject(notFound('There is no such improvement action'));
  if (isClosedImprovementAction(state.status)) {
    return reject(
      conflict(
        `The action is ${describeImprovementActionStatus(state.status)}: a completed or cancelled action cannot change`,
      ),
    );
  }
  const note = checkNote(command.note ?? '');
  if (!note.ok) return reject(note.error);
  const { actionId } = state;
  const events: ImprovementActionEvent[] = [];

  if (command.owner !== null) {
    const owner = checkOwner(command.owner);
    if (!owner.ok) return reject(owner.error);
    if (owner.value !== state.owner) {
      events.push({
        type: 'ImprovementActionReassigned',
        schemaVersion: 1,
        data: { actionId, previousOwner: state.owner, owner: owner.value, note: note.value },
      });
    }
  }
  if (command.dueOn !== null) {
    const dueOn = checkDueOn(command.dueOn);
    if (!dueOn.ok) return reject(dueOn.error);
    if (dueOn.value !== state.dueOn) {
      events.push({
        type: 'ImprovementActionRescheduled',
        schemaVersion: 1,
        data: { actionId, previousDueOn: state.dueOn, dueOn: dueOn.value, note: note.value },
      });
    }
  }
  // Last, so a completion made together with a reassignment or rescheduling closes the action after them.
  if (command.status !== null && command.status !== state.status) {
    const noteNeeded = NOTE_NEEDED_FOR[command.status];
    if (noteNeeded && note.value.length === 0) return reject(invalid(noteNeeded, 'note'));
    events.push({
      type: 'ImprovementActionStatusChanged',
      schemaVersion: 1,
      data: { actionId, previousStatus: state.status, status: command.status, note: note.value },
    });
  }

  if (events.length === 0) {
    return reject(invalid('Nothing would change: give a new owner, due date or status'));
  }
  return accept(...events);
}
