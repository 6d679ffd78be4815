import { isRegionCode, isRole, type Actor, type RegionCode } from '@nsf/domain';

/**
 * How a verified token's claims become the caller. An identity provider (OpenID Connect or any
 * issuer with a JWKS) maps its users onto these claims; the development sign-in issues the same.
 *
 * | claim                | becomes                   | required                                   |
 * |----------------------|---------------------------|--------------------------------------------|
 * | `sub`                | username (stable id)      | always                                     |
 * | `name`               | display name              | no (falls back to `preferred_username`, then `sub`) |
 * | `preferred_username` | display name fallback     | no                                         |
 * | `nsf_role`           | role                      | always: one of ROLES                       |
 * | `nsf_region`         | the coordinator's region  | for REGIONAL_COORDINATOR only              |
 * | `nsf_partnership_id` | the partnership           | for PARTNERSHIP_LEAD and PARTNERSHIP_MEMBER only |
 * | `nsf_regions`        | the regions an auditor is limited to (a JSON array of region codes) | for AUDITOR only, optional: without it, every region |
 *
 * The username is `sub`, not `preferred_username`: OpenID Connect does not promise the latter is
 * unique or stable, and the username is what every recorded decision names.
 */
export const TOKEN_CLAIMS = {
  username: 'sub',
  displayName: 'name',
  preferredUsername: 'preferred_username',
  role: 'nsf_role',
  region: 'nsf_region',
  partnershipId: 'nsf_partnership_id',
  auditedRegions: 'nsf_regions',
} as const;

/** The claims an issuer puts in a token for this actor (the registered ones come from the issuer). */
export function claimsFor(actor: Actor): Record<string, string | string[]> {
  return {
    [TOKEN_CLAIMS.displayName]: actor.displayName,
    [TOKEN_CLAIMS.role]: actor.role,
    ...(actor.region ? { [TOKEN_CLAIMS.region]: actor.region } : {}),
    ...(actor.partnershipId ? { [TOKEN_CLAIMS.partnershipId]: actor.partnershipId } : {}),
    ...(actor.auditedRegions ? { [TOKEN_CLAIMS.auditedRegions]: [...actor.auditedRegions] } : {}),
  };
}

/**
 * The actor the claims describe, or null when they do not make one. A scope must match its role
 * exactly: a coordinator without a region, or a member without a partnership, would fall through
 * every access rule unpredictably; and a scope on a role that has none (regions on a national
 * user, say) is one this platform cannot honour, so it is refused rather than widened. An auditor
 * may be limited to some regions; a list that names no region, or one that is not ours, is
 * refused rather than read as every region.
 */
export function actorFromClaims(claims: Record<string, unknown>): Actor | null {
  const username = nonEmptyString(claims[TOKEN_CLAIMS.username]);
  const role = claims[TOKEN_CLAIMS.role];
  if (!username || !isRole(role)) return null;
  const displayName =
    nonEmptyString(claims[TOKEN_CLAIMS.displayName]) ??
    nonEmptyString(claims[TOKEN_CLAIMS.preferredUsername]) ??
    username;

  const regionClaim = claims[TOKEN_CLAIMS.region] ?? null;
  const partnershipClaim = claims[TOKEN_CLAIMS.partnershipId] ?? null;
  const auditedClaim = claims[TOKEN_CLAIMS.auditedRegions];
  const region = typeof regionClaim === 'string' && isRegionCode(regionClaim) ? regionClaim : null;
  const partnershipId = nonEmptyString(partnershipClaim);

  const scoped = { username, displayName, role };
  if (role !== 'AUDITOR' && auditedClaim !== undefined) return null;
  switch (role) {
    case 'REGIONAL_COORDINATOR':
      return region && partnershipClaim === null ? { ...scoped, region, partnershipId: null } : null;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return partnershipId && regionClaim === null ? { ...scoped, region: null, partnershipId } : null;
    case 'NATIONAL':
      return regionClaim === null && partnershipClaim === null
        ? { ...scoped, region: null, partnershipId: null }
        : null;
    case 'AUDITOR': {
      if (regionClaim !== null || partnershipClaim !== null) return null;
      if (auditedClaim === undefined) return { ...scoped, region: null, partnershipId: null };
      const auditedRegions = regionList(auditedClaim);
      return auditedRegions ? { ...scoped, region: null, partnershipId: null, auditedRegions } : null;
    }
    default: {
      const _exhaustive: never = role;
      return _exhaustive;
    }
  }
}

/** A non-empty list of our region codes, each once; null for anything else. */
function regionList(value: unknown): RegionCode[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const regions: RegionCode[] = [];
  for (const code of value) {
    if (typeof code !== 'string' || !isRegionCode(code)) return null;
    if (!regions.includes(code)) regions.push(code);
  }
  return regions;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value : null;
}
