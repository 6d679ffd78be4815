// Every partnership, to choose one to audit by name: the directory a page at a time, as many
// pages as it takes (368 partnerships are two pages of the largest the API gives).
import { graphqlRequest, type GraphQLErrorItem } from '../../graphql';

const PAGE_SIZE = 200;

const PARTNERSHIP_NAMES_QUERY = /* GraphQL */ `
  query PartnershipNames($first: Int!, $after: String) {
    partnerships(first: $first, after: $after) {
      edges {
        node {
          id
          name
          type
          region {
            name
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

export interface PartnershipName {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly region: { readonly name: string };
}

interface PartnershipNamesData {
  readonly partnerships: {
    readonly edges: readonly { readonly node: PartnershipName }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

export type PartnershipNamesOutcome =
  | { readonly ok: true; readonly partnerships: readonly PartnershipName[] }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

export async function fetchPartnershipNames(
  token: string | null,
  signal: AbortSignal,
): Promise<PartnershipNamesOutcome> {
  const partnerships: PartnershipName[] = [];
  let after: string | null = null;
  for (;;) {
    const variables: { first: number; after?: string } = { first: PAGE_SIZE, ...(after ? { after } : {}) };
    const result = await graphqlRequest<PartnershipNamesData, typeof variables>(PARTNERSHIP_NAMES_QUERY, variables, {
      token,
      signal,
    });
    if (!result.ok) return result;
    const { edges, pageInfo } = result.data.partnerships;
    partnerships.push(...edges.map((edge) => edge.node));
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || pageInfo.endCursor === after) return { ok: true, partnerships };
    after = pageInfo.endCursor;
  }
}
