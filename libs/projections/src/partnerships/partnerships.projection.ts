import type { PartnershipRegisteredData } from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';

/**
 * The partnerships directory: one row per registered partnership, for listing and filtering
 * by region and type. Names sort byte-wise (COLLATE "C") so paging is identical on every
 * PostgreSQL, whatever its locale.
 */
export const partnershipsProjection: Projection = {
  name: 'partnerships',
  tables: ['rm_partnerships'],
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
    CREATE INDEX IF NOT EXISTS rm_partnerships_by_name ON rm_partnerships (name, partnership_id);
    CREATE INDEX IF NOT EXISTS rm_partnerships_by_region ON rm_partnerships (region, name, partnership_id);
  `,
  async apply(tx: SqlQueryable, event: RecordedEvent): Promise<void> {
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
      default:
        return;
    }
  },
};
