/**
 * What a partnership will do about a weakness: one action against one criterion, with an owner,
 * a due date and a status, often arising from a validated assessment. Every change is its own
 * event, carrying the value it replaces and a note, so the history reads on its own. Completed
 * and cancelled actions are closed. This file holds its events, state and evolve.
 */

export const IMPROVEMENT_ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'CANCELLED'] as const;
export type ImprovementActionStatus = (typeof IMPROVEMENT_ACTION_STATUSES)[number];

/** Statuses after which the action can no longer change. */
export const CLOSED_IMPROVEMENT_ACTION_STATUSES: readonly ImprovementActionStatus[] = ['COMPLETED', 'CANCELLED'];

export interface ImprovementActionAddedData {
  readonly actionId: string;
  readonly partnershipId: string;
  /** The edition the criterion belongs to, so the criterion can be read as it was meant. */
  readonly frameworkVersion: string;
  /** The criterion's hallmark, kept beside it so the event reads on its own. */
  readonly hallmarkId: string;
  /** The criterion whose weakness the action addresses. */
  readonly criterionId: string;
  /** The validated assessment where the weakness was found; null when the action stands on its own. */
  readonly assessmentId: string | null;
  readonly description: string;
  /** Who answers for the action: a person or a post, as the partnership names it. */
  readonly owner: string;
  /** A calendar date, YYYY-MM-DD. */
  readonly dueOn: string;
}

export interface ImprovementActionReassignedData {
  readonly actionId: string;
  readonly previousOwner: string;
  readonly owner: string;
  /** Why; empty when none was given. */
  readonly note: string;
}

export interface ImprovementActionRescheduledData {
  readonly actionId: string;
  readonly previousDueOn: string;
  readonly dueOn: string;
  readonly note: string;
}

export interface ImprovementActionStatusChangedData {
  readonly actionId: string;
  readonly previousStatus: ImprovementActionStatus;
  readonly status: ImprovementActionStatus;
  /** Required when blocking, completing or cancelling; may be empty otherwise. */
  readonly note: string;
}

export type ImprovementActionEvent =
  | { type: 'ImprovementActionAdded'; schemaVersion: 1; data: ImprovementActionAddedData }
  | { type: 'ImprovementActionReassigned'; schemaVersion: 1; data: ImprovementActionReassignedData }
  | { type: 'ImprovementActionRescheduled'; schemaVersion: 1; data: ImprovementActionRescheduledData }
  | { type: 'ImprovementActionStatusChanged'; schemaVersion: 1; data: ImprovementActionStatusChangedData };

export interface AddedImprovementAction extends ImprovementActionAddedData {
  readonly status: ImprovementActionStatus;
}

export type ImprovementActionState = { readonly status: 'none' } | AddedImprovementAction;

export const initialImprovementActionState: ImprovementActionState = { status: 'none' };

export function isClosedImprovementAction(status: ImprovementActionStatus): boolean {
  return CLOSED_IMPROVEMENT_ACTION_STATUSES.includes(status);
}

/** A status as a sentence says it: 'NOT_STARTED' → 'not started'. */
export const describeImprovementActionStatus = (status: ImprovementActionStatus): string =>
  status.toLowerCase().replace('_', ' ');

export function evolveImprovementAction(
  state: ImprovementActionState,
  event: ImprovementActionEvent,
): ImprovementActionState {
  switch (event.type) {
    case 'ImprovementActionAdded':
      return { status: 'NOT_STARTED', ...event.data };
    case 'ImprovementActionReassigned':
      return state.status === 'none' ? state : { ...state, owner: event.data.owner };
    case 'ImprovementActionRescheduled':
      return state.status === 'none' ? state : { ...state, dueOn: event.data.dueOn };
    case 'ImprovementActionStatusChanged':
      return state.status === 'none' ? state : { ...state, status: event.data.status };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
