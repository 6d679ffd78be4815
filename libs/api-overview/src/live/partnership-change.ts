import type { RegionCode } from '@nsf/domain';

/**
 * What an open overview is told when one of its partnerships changed: enough to say which row to
 * look at again, and nothing of what changed beyond the kind of event (the client refetches what
 * its caller may see, through the same checks as any other read).
 */
export interface PartnershipChange {
  readonly partnershipId: string;
  readonly region: RegionCode;
  /** The latest event of the partnership in what was applied, e.g. PriorityDesignated. */
  readonly eventType: string;
  /** Its place in the global log. */
  readonly globalPosition: number;
}
