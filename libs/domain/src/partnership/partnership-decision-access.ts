import type { Actor } from '../access/roles';
import { mayModerate, type AssessedPartnership } from '../assessment/moderation-access';

/**
 * Priority status, escalating a concern and merging belong to those who moderate the
 * partnership: its region's coordinator and the national team, never the partnership itself.
 */
export function mayDecideOnPartnership(actor: Actor, partnership: AssessedPartnership): boolean {
  return mayModerate(actor, partnership);
}

/** An escalation goes to the national team, so only the national team resolves it. */
export function mayResolveEscalation(actor: Actor): boolean {
  return actor.role === 'NATIONAL';
}
