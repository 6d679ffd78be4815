/**
 * An improvement action is named by its partnership and a UUID the client chooses: the
 * partnership so a caller's access can be checked before the action's stream is read, the UUID
 * so a partnership can hold many actions and a retried add (same UUID) lands on the same stream.
 */

const ACTION_ID = /^(.+)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export const improvementActionIdFor = (partnershipId: string, uuid: string): string =>
  `${partnershipId}-${uuid.toLowerCase()}`;

/** The partnership an action id belongs to, or null when the id is not one `improvementActionIdFor` makes. */
export function partnershipIdOfImprovementAction(actionId: string): string | null {
  return ACTION_ID.exec(actionId)?.[1] ?? null;
}

/** One stream per action; its tenant is the partnership. */
export const improvementActionStreamId = (actionId: string): string => `action-${actionId}`;
