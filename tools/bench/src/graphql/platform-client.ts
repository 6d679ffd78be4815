/**
 * What the benchmark asks the platform before it loads it: tokens from the development sign-in,
 * and the instant in the middle of a partnership's history to ask it "as of".
 */

export async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`the development sign-in refused ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function graphql<Data>(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Data> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export interface PartnershipHistory {
  readonly id: string;
  readonly registeredAt: string;
  readonly lastEventAt: string;
  /** Halfway between its registration and its latest event. */
  readonly middle: string;
}

/** The partnership of that name in the region, with the span of its history. */
export async function partnershipHistory(
  baseUrl: string,
  token: string,
  region: string,
  name: string,
): Promise<PartnershipHistory> {
  const { partnerships } = await graphql<{
    partnerships: { edges: { node: { id: string; name: string; registeredAt: string } }[] };
  }>(
    baseUrl,
    token,
    'query P($region: String) { partnerships(region: $region, first: 100) { edges { node { id name registeredAt } } } }',
    { region },
  );
  const found = partnerships.edges.find((edge) => edge.node.name === name)?.node;
  if (!found) throw new Error(`no partnership named ${name} in ${region}: is the demo history seeded?`);
  const { timeline } = await graphql<{ timeline: { edges: { node: { occurredAt: string } }[] } }>(
    baseUrl,
    token,
    'query T($id: ID!) { timeline(partnershipId: $id, first: 1) { edges { node { occurredAt } } } }',
    { id: found.id },
  );
  const lastEventAt = timeline.edges[0]?.node.occurredAt ?? found.registeredAt;
  const from = Date.parse(found.registeredAt);
  const middle = new Date(from + (Date.parse(lastEventAt) - from) / 2).toISOString();
  return { id: found.id, registeredAt: found.registeredAt, lastEventAt, middle };
}
