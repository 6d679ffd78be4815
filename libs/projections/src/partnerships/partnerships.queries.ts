import type { SqlQueryable } from '@nsf/sql';

/** Reads of the partnerships directory: set-based SQL, keyset pagination on (name, id). */
export interface PartnershipRow {
  partnershipId: string;
  name: string;
  type: string;
  region: string;
  county: string | null;
  registeredAt: string;
}

export interface PartnershipFilter {
  region?: string | null;
  type?: string | null;
}

export interface PartnershipPage {
  rows: PartnershipRow[];
  totalCount: number;
  hasNextPage: boolean;
}

/** The position of a row in the (name, id) order, as the client sees it: opaque. */
export function encodePartnershipCursor(row: Pick<PartnershipRow, 'name' | 'partnershipId'>): string {
  return Buffer.from(JSON.stringify([row.name, row.partnershipId]), 'utf8').toString('base64url');
}

/** Undefined for a cursor this server did not hand out. */
export function decodePartnershipCursor(cursor: string): { name: string; partnershipId: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return { name: value[0], partnershipId: value[1] };
    }
  } catch {
    // fall through: not one of ours
  }
  return undefined;
}

export async function listPartnerships(
  db: SqlQueryable,
  filter: PartnershipFilter,
  page: { first: number; after?: { name: string; partnershipId: string } },
): Promise<PartnershipPage> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.region) {
    params.push(filter.region);
    conditions.push(`region = $${params.length}`);
  }
  if (filter.type) {
    params.push(filter.type);
    conditions.push(`type = $${params.length}`);
  }
  const filtered = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

  const pageConditions = [...conditions];
  const pageParams = [...params];
  if (page.after) {
    pageParams.push(page.after.name, page.after.partnershipId);
    pageConditions.push(`(name, partnership_id) > ($${pageParams.length - 1}, $${pageParams.length})`);
  }
  pageParams.push(page.first + 1);
  const where = pageConditions.length > 0 ? `WHERE ${pageConditions.join(' AND ')}` : '';

  const [rows, count] = await Promise.all([
    db.query<PartnershipRow>(
      `SELECT partnership_id AS "partnershipId", name, type, region, county,
              to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "registeredAt"
         FROM rm_partnerships ${where}
        ORDER BY name, partnership_id
        LIMIT $${pageParams.length}`,
      pageParams,
    ),
    db.query<{ total: string }>(`SELECT count(*)::text AS total FROM rm_partnerships ${filtered}`, params),
  ]);
  return {
    rows: rows.rows.slice(0, page.first),
    totalCount: Number(count.rows[0]?.total ?? 0),
    hasNextPage: rows.rows.length > page.first,
  };
}

export async function findPartnership(db: SqlQueryable, partnershipId: string): Promise<PartnershipRow | undefined> {
  const result = await db.query<PartnershipRow>(
    `SELECT partnership_id AS "partnershipId", name, type, region, county,
            to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "registeredAt"
       FROM rm_partnerships WHERE partnership_id = $1`,
    [partnershipId],
  );
  return result.rows[0];
}
