import type { SqlQueryable } from '@nsf/sql';

/** Reads of the partnerships directory: set-based SQL, keyset pagination on (name, id). */
export interface PartnershipRow {
  partnershipId: string;
  name: string;
  type: string;
  region: string;
  county: string | null;
  registeredAt: string;
  /** A priority partnership for support. */
  priority: boolean;
  /** A concern about it is with the national team. */
  escalated: boolean;
  /** The partnership it merged into; null while it acts on its own. */
  successorId: string | null;
  /** The partnerships that merged into it, by id. */
  predecessorIds: string[];
}

/** One row's columns, under the names of PartnershipRow; `p` is rm_partnerships. */
const ROW_COLUMNS = `p.partnership_id AS "partnershipId", p.name, p.type, p.region, p.county,
       to_char(p.registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "registeredAt",
       p.priority, p.escalated, p.successor_id AS "successorId",
       ARRAY(SELECT m.partnership_id FROM rm_partnerships m
              WHERE m.successor_id = p.partnership_id ORDER BY m.partnership_id) AS "predecessorIds"`;

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
      `SELECT ${ROW_COLUMNS}
         FROM rm_partnerships p ${where}
        ORDER BY p.name, p.partnership_id
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
    `SELECT ${ROW_COLUMNS} FROM rm_partnerships p WHERE p.partnership_id = $1`,
    [partnershipId],
  );
  return result.rows[0];
}

/** The partnerships that merged into this one (a merger is recorded on the merging partnership's stream). */
export async function findPredecessorIds(db: SqlQueryable, partnershipId: string): Promise<string[]> {
  const result = await db.query<{ partnershipId: string }>(
    `SELECT partnership_id AS "partnershipId" FROM rm_partnerships WHERE successor_id = $1 ORDER BY partnership_id`,
    [partnershipId],
  );
  return result.rows.map((row) => row.partnershipId);
}
