import type { PartnershipMergedData, PartnershipRegisteredData } from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';
import { publicRows } from '../row-security/read-model-row-security';

/**
 * The partnerships directory: one row per registered partnership, for listing and filtering
 * by region and type, with where it stands in the decisions made about it (priority status, an
 * open escalation, the partnership it merged into). Names sort byte-wise (COLLATE "C") so paging
 * is identical on every PostgreSQL, whatever its locale. The directory is public, to requests with
 * or without a token alike.
 */
export const partnershipsProjection: Projection = {
  name: 'partnerships',
  tables: ['rm_partnerships'],
  // The decision columns came after the table: ADD COLUMN keeps existing data folders working.
  schema: `
    CREATE TABLE IF NOT EXISTS rm_partnerships (
      partnership_id text PRIMARY KEY,
      tenant_id      text NOT NULL,
      name           text COLLATE "C" NOT NULL,
      type           text NOT NULL,
      region         text NOT NULL,
      county         text,
      registered_at  timestamptz NOT NULL
    );
    ALTER TABLE rm_partnerships ADD COLUMN IF NOT EXISTS priority boolean NOT NULL DEFAULT false;
    ALTER TABLE rm_partnerships ADD COLUMN IF NOT EXISTS escalated boolean NOT NULL DEFAULT false;
    ALTER TABLE rm_partnerships ADD COLUMN IF NOT EXISTS successor_id text;
    CREATE INDEX IF NOT EXISTS rm_partnerships_by_name ON rm_partnerships (name, partnership_id);
    CREATE INDEX IF NOT EXISTS rm_partnerships_by_region ON rm_partnerships (region, name, partnership_id);
    CREATE INDEX IF NOT EXISTS rm_partnerships_by_successor ON rm_partnerships (successor_id, partnership_id)
      WHERE successor_id IS NOT NULL;
    ${publicRows('rm_partnerships')}
  `,
  /**
   * A statement per event: the directory changes seldom (a registration, a priority or escalation
   * flag), so its rebuild is already faster than copying the log and needs no folding.
   */
  async apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) await applyOne(tx, event);
  },
};

async function applyOne(tx: SqlQueryable, event: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'PartnershipRegistered': {
      const data = event.data as PartnershipRegisteredData;
      await tx.query(
        `INSERT INTO rm_partnerships (partnership_id, tenant_id, name, type, region, county, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [data.partnershipId, event.tenantId, data.name, data.type, data.region, data.county, event.occurredAt],
      );
      return;
    }
    case 'PriorityDesignated':
    case 'PriorityLifted':
      await setFlag(tx, event, 'priority', event.type === 'PriorityDesignated');
      return;
    case 'Escalated':
    case 'EscalationResolved':
      await setFlag(tx, event, 'escalated', event.type === 'Escalated');
      return;
    case 'PartnershipMerged': {
      const data = event.data as PartnershipMergedData;
      await tx.query(`UPDATE rm_partnerships SET successor_id = $2 WHERE partnership_id = $1`, [
        data.partnershipId,
        data.successorId,
      ]);
      return;
    }
    default:
      return;
  }
}

async function setFlag(
  tx: SqlQueryable,
  event: RecordedEvent,
  column: 'priority' | 'escalated',
  value: boolean,
): Promise<void> {
  const { partnershipId } = event.data as { partnershipId: string };
  await tx.query(`UPDATE rm_partnerships SET ${column} = $2 WHERE partnership_id = $1`, [partnershipId, value]);
}
