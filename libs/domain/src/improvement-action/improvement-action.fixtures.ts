import type { ImprovementActionAddedData, ImprovementActionEvent, ImprovementActionStatus } from './improvement-action';

/** The events the improvement action specs build their histories from. */
export const PARTNERSHIP_ID = 'north_west-allerdale-cdrp';
export const ACTION_ID = `${PARTNERSHIP_ID}-3c9d2b1a-7e6f-4a5b-9c8d-0e1f2a3b4c5d`;
export const ASSESSMENT_ID = `${PARTNERSHIP_ID}-2009-10`;
export const DESCRIPTION = 'Agree a joint tasking process with the police for ASB hotspots';
export const OWNER = 'Community Safety Manager';
export const DUE_ON = '2010-03-31';

export const addedWith = (overrides: Partial<ImprovementActionAddedData> = {}): ImprovementActionEvent => ({
  type: 'ImprovementActionAdded',
  schemaVersion: 1,
  data: {
    actionId: ACTION_ID,
    partnershipId: PARTNERSHIP_ID,
    frameworkVersion: '2009.1',
    hallmarkId: 'intelligence',
    criterionId: 'intelligence.1',
    assessmentId: null,
    description: DESCRIPTION,
    owner: OWNER,
    dueOn: DUE_ON,
    ...overrides,
  },
});

export const added = addedWith();

export const statusChanged = (
  previousStatus: ImprovementActionStatus,
  status: ImprovementActionStatus,
  note = '',
): ImprovementActionEvent => ({
  type: 'ImprovementActionStatusChanged',
  schemaVersion: 1,
  data: { actionId: ACTION_ID, previousStatus, status, note },
});

export const started = statusChanged('NOT_STARTED', 'IN_PROGRESS');
export const blocked = statusChanged('IN_PROGRESS', 'BLOCKED', 'Waiting for the police data-sharing agreement');
export const completed = statusChanged('IN_PROGRESS', 'COMPLETED', 'Tasking group met in February');
export const cancelled = statusChanged('NOT_STARTED', 'CANCELLED', 'Superseded by the county-wide plan');

export const reassigned = (previousOwner: string, owner: string, note = ''): ImprovementActionEvent => ({
  type: 'ImprovementActionReassigned',
  schemaVersion: 1,
  data: { actionId: ACTION_ID, previousOwner, owner, note },
});

export const rescheduled = (previousDueOn: string, dueOn: string, note = ''): ImprovementActionEvent => ({
  type: 'ImprovementActionRescheduled',
  schemaVersion: 1,
  data: { actionId: ACTION_ID, previousDueOn, dueOn, note },
});
