// The overview queries: a region's (or the nation's) partnerships × hallmarks as of an instant,
// with the framework's hallmark titles for the column headers.

const OVERVIEW_FIELDS = /* GraphQL */ `
  region
  asOf
  partnerships {
    partnershipId
    name
    type
    region
    hallmarks {
      hallmarkId
      period
      average
      level
      label
      trend
    }
    cycle {
      period
      status
    }
    overdue
    returned
    priority
    openSupport
  }
`;

const FRAMEWORK_FIELDS = /* GraphQL */ `
  framework {
    hallmarks {
      id
      number
      title
    }
  }
`;

export const REGION_OVERVIEW_QUERY = /* GraphQL */ `
  query RegionOverview($region: String!, $asOf: DateTime) {
    overview: regionOverview(region: $region, asOf: $asOf) { ${OVERVIEW_FIELDS} }
    ${FRAMEWORK_FIELDS}
  }
`;

export const NATIONAL_OVERVIEW_QUERY = /* GraphQL */ `
  query NationalOverview($asOf: DateTime) {
    overview: nationalOverview(asOf: $asOf) { ${OVERVIEW_FIELDS} }
    ${FRAMEWORK_FIELDS}
  }
`;

export interface OverviewVariables {
  readonly region?: string;
  readonly asOf?: string;
}

export type Trend = 'UP' | 'DOWN' | 'SAME' | 'NEW';

export interface HallmarkStanding {
  readonly hallmarkId: string;
  readonly period: string | null;
  readonly average: number | null;
  readonly level: number | null;
  readonly label: string | null;
  readonly trend: Trend | null;
}

export interface OverviewRow {
  readonly partnershipId: string;
  readonly name: string;
  readonly type: string;
  readonly region: string;
  readonly hallmarks: readonly HallmarkStanding[];
  readonly cycle: { readonly period: string; readonly status: string } | null;
  readonly overdue: boolean;
  readonly returned: boolean;
  readonly priority: boolean;
  readonly openSupport: number;
}

export interface HallmarkHeading {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

export interface OverviewData {
  readonly overview: {
    readonly region: string | null;
    readonly asOf: string;
    readonly partnerships: readonly OverviewRow[];
  };
  readonly framework: { readonly hallmarks: readonly HallmarkHeading[] };
}
