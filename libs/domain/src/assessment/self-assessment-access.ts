import type { Actor } from '../access/roles';

/**
 * Who may open, score and submit a partnership's self-assessment: the national team, and the
 * partnership's own lead and members. Coordinators moderate rather than self-assess, and a
 * partnership never touches another's assessment.
 */
export function maySelfAssess(actor: Actor, partnershipId: string): boolean {
  switch (actor.role) {
    case 'NATIONAL':
      return true;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return actor.partnershipId === partnershipId;
    case 'REGIONAL_COORDINATOR':
    case 'AUDITOR':
      return false;
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}
