import type { RegionCode } from '../geography/regions';

/**
 * Who may do what is decided by role and scope: a partnership's own people, the coordinator
 * of a region (or the Home Office Crime Team in Wales), the national team, and auditors.
 */
export const ROLES = ['NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

/** The caller of a command or query, as established from a verified token. */
export interface Actor {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The coordinator's region; null for other roles. */
  readonly region: RegionCode | null;
  /** The partnership of a lead or member; null for other roles. */
  readonly partnershipId: string | null;
  /**
   * The regions an auditor is limited to (at least one); absent for an auditor of every region,
   * and for every other role.
   */
  readonly auditedRegions?: readonly RegionCode[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
