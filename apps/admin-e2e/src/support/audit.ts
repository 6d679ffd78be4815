// What the audit specs share: the partnership they audit (Allerdale CDRP, the demo partnership
// with the longest story), the addresses of its audit sections and the API's own answers to
// check the screens against.
import { graphqlAs } from './graphql-client';

export const AUDITED = { id: 'north_west-allerdale-cdrp', name: 'Allerdale CDRP' } as const;

export function auditPath(section = ''): string {
  return `/audit/partnerships/${AUDITED.id}${section ? `/${section}` : ''}`;
}

/** Every event of the audited partnership's trail, as the API pages it out. */
export async function auditTrailOf(
  username: string,
  partnershipId: string,
): Promise<readonly { id: string; type: string; hash: string }[]> {
  const events: { id: string; type: string; hash: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      auditTrail: {
        edges: { node: { id: string; type: string; hash: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphqlAs(
      username,
      `query ($id: ID!, $after: String) { auditTrail(partnershipId: $id, first: 200, after: $after) {
        edges { node { id type hash } } pageInfo { hasNextPage endCursor } } }`,
      { id: partnershipId, after },
    );
    events.push(...data.auditTrail.edges.map((edge) => edge.node));
    if (!data.auditTrail.pageInfo.hasNextPage) return events;
    after = data.auditTrail.pageInfo.endCursor;
  }
}
