import { refusedEvidence, type DomainError } from '@nsf/domain';
import { tenantsOfEvents } from './audit-events.queries';
import type { SqlQueryable } from '@nsf/sql';

/**
 * Looks up the events a decision cites in the audit read model (every event of the log, by id, on
 * any event store) and applies the domain's rule. The read model follows the log within moments,
 * so an event recorded this very instant may not be citable yet; the message says what is wrong.
 */
export async function checkEvidence(
  db: SqlQueryable,
  partnershipId: string,
  evidence: readonly string[],
): Promise<DomainError | null> {
  if (evidence.length === 0) return null;
  return refusedEvidence(evidence, await tenantsOfEvents(db, evidence), partnershipId);
}
