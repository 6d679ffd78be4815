/**
 * Whose rows a request may see, and whether it may append events, in the terms PostgreSQL's
 * row-level security checks. A tenant is a partnership (its id is the tenant id of every event of
 * its streams); a region holds the partnerships registered in it; the platform's own records
 * (tenant `platform`, such as what auditors read) are in no region and only the `all` scope sees
 * them. A request's scope travels to the database as four transaction-local settings, which every
 * policy reads (scope-predicates.ts).
 */
export type RowScope =
  /** Every tenant: the national team, and auditors of every region. */
  | { readonly kind: 'all'; readonly appends: boolean }
  /** The partnerships of some regions: a coordinator's region, an auditor's named regions. */
  | { readonly kind: 'regions'; readonly regions: readonly string[]; readonly appends: boolean }
  /** One partnership: its lead and members. */
  | { readonly kind: 'partnership'; readonly partnershipId: string; readonly appends: boolean }
  /** No tenant at all: only what is public (a caller without a token). */
  | { readonly kind: 'public' };

/** The settings a scope is carried in (custom settings need a dot in their name). */
export const SCOPE_SETTINGS = {
  /** `on` for the all scope. */
  all: 'nsf.scope_all',
  /** Region codes, comma-separated. */
  regions: 'nsf.scope_regions',
  /** One partnership id. */
  partnership: 'nsf.scope_partnership',
  /** `on` when the request may append events (within what it sees). */
  appends: 'nsf.scope_appends',
} as const;

export type ScopeSetting = (typeof SCOPE_SETTINGS)[keyof typeof SCOPE_SETTINGS];

const ON = 'on';
const NONE = '';
/** Region codes as the domain spells them: they must not hold the list's separator. */
const REGION_CODE = /^[A-Z][A-Z_]*$/;

/**
 * Every setting's value for the scope — all four each time, so nothing of an earlier scope can
 * linger. A malformed scope is a bug, not a narrower one: it throws rather than guess.
 */
export function rowScopeSettings(scope: RowScope): Readonly<Record<ScopeSetting, string>> {
  const settings: Record<ScopeSetting, string> = {
    [SCOPE_SETTINGS.all]: NONE,
    [SCOPE_SETTINGS.regions]: NONE,
    [SCOPE_SETTINGS.partnership]: NONE,
    [SCOPE_SETTINGS.appends]: NONE,
  };
  switch (scope.kind) {
    case 'public':
      return settings;
    case 'all':
      settings[SCOPE_SETTINGS.all] = ON;
      break;
    case 'regions': {
      const bad = scope.regions.find((region) => !REGION_CODE.test(region));
      if (scope.regions.length === 0 || bad !== undefined) {
        throw new Error(`a regions scope needs region codes, got [${scope.regions.join(', ')}]`);
      }
      settings[SCOPE_SETTINGS.regions] = [...new Set(scope.regions)].sort().join(',');
      break;
    }
    case 'partnership':
      if (scope.partnershipId.trim().length === 0) throw new Error('a partnership scope needs a partnership id');
      settings[SCOPE_SETTINGS.partnership] = scope.partnershipId;
      break;
    default: {
      const _exhaustive: never = scope;
      return _exhaustive;
    }
  }
  if (scope.appends) settings[SCOPE_SETTINGS.appends] = ON;
  return settings;
}
