// The partnerships list query: one page of partnerships, optionally narrowed to a region and a type.
import type { PartnershipType } from './partnership-type';

export const PARTNERSHIPS_QUERY = /* GraphQL */ `
  query Partnerships($first: Int, $after: String, $region: String, $type: PartnershipType) {
    partnerships(first: $first, after: $after, region: $region, type: $type) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          type
          county
          registeredAt
          region {
            code
            name
            country
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface PartnershipsVariables {
  readonly first: number;
  readonly after?: string;
  readonly region?: string;
  readonly type?: PartnershipType;
}

export interface PartnershipListItem {
  readonly id: string;
  readonly name: string;
  readonly type: PartnershipType;
  readonly county: string | null;
  readonly registeredAt: string;
  readonly region: { readonly code: string; readonly name: string; readonly country: string };
}

export interface PartnershipsData {
  readonly partnerships: {
    readonly totalCount: number;
    readonly edges: readonly { readonly cursor: string; readonly node: PartnershipListItem }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}
