// What the audit specs share: the partnership they audit (Allerdale CDRP, the demo partnership
// with the longest story), signing in by user name, the addresses of its audit sections, the
// API's own answers to check the screens against, and a CSV reader for the export.
import type { Page } from 'playwright-core';
import { devUsers, type DevUser } from './dev-users';
import { signInAs } from './sign-in';
import { baseUrl } from './workspace';

export const AUDITED = { id: 'north_west-allerdale-cdrp', name: 'Allerdale CDRP' } as const;

export async function demoUser(username: string): Promise<DevUser> {
  const user = (await devUsers()).find((candidate) => candidate.username === username);
  if (!user) throw new Error(`GET /auth/dev-users lists no ${username}`);
  return user;
}

export async function signInAsUser(page: Page, username: string): Promise<void> {
  await signInAs(page, await demoUser(username));
}

export function auditPath(section = ''): string {
  return `/audit/partnerships/${AUDITED.id}${section ? `/${section}` : ''}`;
}

/** Asks the API directly, as the named demo user, what a screen should show. */
export async function apiQuery<T>(
  username: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const login = await fetch(`${baseUrl()}/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL answered ${JSON.stringify(body.errors)}`);
  return body.data;
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
    } = await apiQuery(
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

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) into records of fields. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
