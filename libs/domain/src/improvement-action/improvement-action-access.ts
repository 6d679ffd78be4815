import type { Actor } from '../access/roles';
import { mayViewAssessment } from '../assessment/assessment-view-access';
import { mayModerate, type AssessedPartnership } from '../assessment/moderation-access';
import { maySelfAssess } from '../assessment/self-assessment-access';

/**
 * A partnership's improvement actions are its own plan, so the people who self-assess it (its
 * lead and members, and the national team) add and update them; its region's coordinator may
 * too, as actions often come out of moderation. Auditors only read.
 */
export function mayManageImprovementActions(actor: Actor, partnership: AssessedPartnership): boolean {
  return maySelfAssess(actor, partnership.partnershipId) || mayModerate(actor, partnership);
}

/** Whoever may see the partnership's assessments may see the actions that answer them. */
export function mayViewImprovementActions(actor: Actor, partnership: AssessedPartnership): boolean {
  return mayViewAssessment(actor, partnership);
}
