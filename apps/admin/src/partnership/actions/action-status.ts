// Improvement actions in words: each status's label and tag colour, which actions are overdue,
// and how many there are of each, for the partnership's summary.

export type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'BLOCKED' | 'COMPLETED' | 'CANCELLED';

interface StatusLook {
  readonly label: string;
  readonly tagClass: string;
  readonly open: boolean;
}

const STATUS_LOOKS: Readonly<Record<ActionStatus, StatusLook>> = {
  NOT_STARTED: { label: 'Not started', tagClass: 'govuk-tag--grey', open: true },
  IN_PROGRESS: { label: 'In progress', tagClass: 'govuk-tag--blue', open: true },
  BLOCKED: { label: 'Blocked', tagClass: 'govuk-tag--red', open: true },
  COMPLETED: { label: 'Completed', tagClass: 'govuk-tag--green', open: false },
  CANCELLED: { label: 'Cancelled', tagClass: 'govuk-tag--grey', open: false },
};

function look(status: string): StatusLook {
  return STATUS_LOOKS[status as ActionStatus] ?? { label: status, tagClass: 'govuk-tag--grey', open: false };
}

export function actionStatusLabel(status: string): string {
  return look(status).label;
}

export function actionStatusTagClass(status: string): string {
  return look(status).tagClass;
}

interface DatedAction {
  readonly status: string;
  /** YYYY-MM-DD. */
  readonly dueOn: string;
}

/** Still open after its due date: `today` is YYYY-MM-DD, the day the page shows. */
export function isOverdue(action: DatedAction, today: string): boolean {
  return look(action.status).open && action.dueOn < today;
}

/** The UK calendar day (YYYY-MM-DD) of an instant, e.g. the instant a partnership view shows. */
export function ukDay(instant: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** "3 open (1 blocked, 2 overdue), 4 completed, 1 cancelled"; "None" when there are none. */
export function actionCounts(actions: readonly DatedAction[], today: string): string {
  if (actions.length === 0) return 'None';
  const count = (status: ActionStatus) => actions.filter((action) => action.status === status).length;
  const open = actions.filter((action) => look(action.status).open).length;
  const blocked = count('BLOCKED');
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  const openDetails = [blocked > 0 && `${blocked} blocked`, overdue > 0 && `${overdue} overdue`].filter(Boolean);
  const parts = [
    open > 0 && `${open} open${openDetails.length > 0 ? ` (${openDetails.join(', ')})` : ''}`,
    count('COMPLETED') > 0 && `${count('COMPLETED')} completed`,
    count('CANCELLED') > 0 && `${count('CANCELLED')} cancelled`,
  ].filter(Boolean);
  return parts.join(', ');
}
