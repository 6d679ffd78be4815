// The partnership's recent evidence-like events in plain words, newest first, from its timeline.
import type { EvidenceEntry } from './evidence';

export const EVIDENCE_QUERY = /* GraphQL */ `
  query Evidence($partnershipId: ID!, $first: Int!, $types: [String!]) {
    timeline(partnershipId: $partnershipId, first: $first, types: $types) {
      edges {
        node {
          eventId
          type
          title
          description
          actor
          occurredAt
        }
      }
    }
  }
`;

/** Enough to name what past decisions cited, as well as to offer the latest. */
export const EVIDENCE_LOOKUP_SIZE = 200;

export interface EvidenceVariables {
  readonly partnershipId: string;
  readonly first: number;
  readonly types: readonly string[];
}

export interface EvidenceData {
  readonly timeline: { readonly edges: readonly { readonly node: EvidenceEntry }[] };
}
