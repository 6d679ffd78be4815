// A page of a partnership's audit trail: every event of all its streams, oldest first, each with
// its whole envelope as the event store holds it.

export const AUDIT_TRAIL_QUERY = /* GraphQL */ `
  query AuditTrail($partnershipId: ID!, $first: Int!, $after: String) {
    auditTrail(partnershipId: $partnershipId, first: $first, after: $after) {
      edges {
        node {
          id
          type
          schemaVersion
          streamId
          revision
          globalPosition
          tenantId
          occurredAt
          recordedAt
          actor
          actorRole
          reason
          commandId
          correlationId
          causationId
          data
          metadata
          previousHash
          hash
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** The most events the API gives at a time. */
export const LARGEST_AUDIT_PAGE = 200;

export interface AuditTrailVariables {
  readonly partnershipId: string;
  readonly first: number;
  readonly after?: string;
}

/** One recorded event with its whole envelope; the field names are the API's. */
export interface AuditEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly revision: number;
  readonly globalPosition: string;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly actorRole: string | null;
  readonly reason: string | null;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly previousHash: string | null;
  readonly hash: string;
}

export interface AuditTrailPage {
  readonly events: readonly AuditEvent[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface AuditTrailData {
  readonly auditTrail: {
    readonly edges: readonly { readonly node: AuditEvent }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

export function trailPage(data: AuditTrailData): AuditTrailPage {
  return {
    events: data.auditTrail.edges.map((edge) => edge.node),
    hasNextPage: data.auditTrail.pageInfo.hasNextPage,
    endCursor: data.auditTrail.pageInfo.endCursor,
  };
}
