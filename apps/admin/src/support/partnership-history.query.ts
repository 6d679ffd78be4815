// Every recorded event of a partnership's history (all its streams), oldest first, a page at a
// time: the support cases, with who raised and decided them and when, are read from it.

export const PARTNERSHIP_HISTORY_QUERY = /* GraphQL */ `
  query PartnershipHistory($partnershipId: ID!, $first: Int!, $after: String) {
    auditTrail(partnershipId: $partnershipId, first: $first, after: $after) {
      edges {
        node {
          id
          streamId
          type
          data
          actor
          occurredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** The most the API hands out at once. */
export const HISTORY_PAGE_SIZE = 200;

export interface PartnershipHistoryVariables {
  readonly partnershipId: string;
  readonly first: number;
  readonly after?: string;
}

/** One recorded event; `data` is the event's own JSON, whose shape depends on its type. */
export interface HistoryEvent {
  readonly id: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly actor: string;
  readonly occurredAt: string;
}

export interface PartnershipHistoryData {
  readonly auditTrail: {
    readonly edges: readonly { readonly node: HistoryEvent }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}
