import { auditsRegion } from '../access/audited-regions';
import type { Actor } from '../access/roles';
import type { AssessedPartnership } from './moderation-access';

/**
 * Who may read a partnership's assessment: its own people, its region's coordinator, the
 * national team, and auditors (who replay every decision; of its region, when their remit names
 * regions). Nobody sees another partnership's.
 */
export function mayViewAssessment(actor: Actor, partnership: AssessedPartnership): boolean {
  switch (actor.role) {
    case 'NATIONAL':
      return true;
    case 'AUDITOR':
      return auditsRegion(actor, partnership.region);
    case 'REGIONAL_COORDINATOR':
      return actor.region === partnership.region;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return actor.partnershipId === partnership.partnershipId;
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}
