import type { Actor } from '../access/roles';
import type { AssessedPartnership } from '../assessment/moderation-access';
import { mayReadHistory } from '../audit/history-access';

/**
 * Who may see a partnership's page, its progress and comparisons of its assessments: the same
 * people who may read its history (they show nothing its history does not) — its own people, its
 * region's coordinator, the national team and auditors.
 */
export function mayViewPartnership(actor: Actor, partnership: AssessedPartnership): boolean {
  return mayReadHistory(actor, { kind: 'partnership', ...partnership });
}
