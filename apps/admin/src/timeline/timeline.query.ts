// A page of a partnership's timeline, newest first, each entry in plain words.

export const TIMELINE_QUERY = /* GraphQL */ `
  query Timeline($partnershipId: ID!, $first: Int!, $after: String) {
    timeline(partnershipId: $partnershipId, first: $first, after: $after) {
      edges {
        cursor
        node {
          eventId
          type
          title
          description
          reason
          actor
          actorRole
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

export interface TimelineVariables {
  readonly partnershipId: string;
  readonly first: number;
  readonly after?: string;
}

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly title: string;
  readonly description: string;
  readonly reason: string | null;
  readonly actor: string;
  readonly actorRole: string | null;
  readonly occurredAt: string;
}

export interface TimelineData {
  readonly timeline: {
    readonly edges: readonly { readonly cursor: string; readonly node: TimelineEntry }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}
