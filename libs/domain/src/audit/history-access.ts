import { auditsEveryRegion, auditsRegion } from '../access/audited-regions';
import type { Actor } from '../access/roles';
import type { AssessedPartnership } from '../assessment/moderation-access';

/**
 * Whose history an audit read reaches: a partnership's (every stream whose tenant it is), or the
 * platform's own (streams of no partnership, such as the record of what auditors read).
 */
export type HistoryOwner =
  | ({ readonly kind: 'partnership' } & AssessedPartnership)
  | { readonly kind: 'platform'; readonly tenantId: string };

/**
 * Who may read a history — its trail, its timeline, the verification of its hash chains: a
 * partnership's own people, its region's coordinator, the national team, and auditors (of its
 * region, when their remit names regions). The platform's own history belongs to no partnership
 * or region, so only the national team and auditors of every region read it.
 */
export function mayReadHistory(actor: Actor, owner: HistoryOwner): boolean {
  switch (actor.role) {
    case 'NATIONAL':
      return true;
    case 'AUDITOR':
      return owner.kind === 'partnership' ? auditsRegion(actor, owner.region) : auditsEveryRegion(actor);
    case 'REGIONAL_COORDINATOR':
      return owner.kind === 'partnership' && actor.region === owner.region;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return owner.kind === 'partnership' && actor.partnershipId === owner.partnershipId;
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}

/** An auditor's reads of history are themselves part of the record; everyone else's are not. */
export function isRecordedRead(actor: Actor): boolean {
  return actor.role === 'AUDITOR';
}
