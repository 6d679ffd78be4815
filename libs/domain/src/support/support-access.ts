import type { Actor } from '../access/roles';
import { mayModerate, type AssessedPartnership } from '../assessment/moderation-access';
import { maySelfAssess } from '../assessment/self-assessment-access';

/**
 * A partnership asks for support for itself: the same people who self-assess it (its own lead
 * and members, and the national team).
 */
export function mayRequestSupport(actor: Actor, partnershipId: string): boolean {
  return maySelfAssess(actor, partnershipId);
}

/**
 * Proposing, deciding and recording delivery belong to those who moderate the partnership: its
 * region's coordinator and the national team, never the partnership itself.
 */
export function mayManageSupport(actor: Actor, partnership: AssessedPartnership): boolean {
  return mayModerate(actor, partnership);
}
