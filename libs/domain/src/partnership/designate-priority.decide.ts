import { accept, conflict, reject, type Decision } from '../shared/domain-error';
import { decidablePartnership } from './decidable-partnership';
import { decisionGrounds } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface DesignatePriority {
  readonly type: 'DesignatePriority';
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/**
 * A priority partnership is one the region focuses its support on. Designating one states why,
 * and the evidence for it, so the choice can be explained to the partnership and audited.
 */
export function decideDesignatePriority(
  command: DesignatePriority,
  state: PartnershipState,
): Decision<PartnershipEvent> {
  const partnership = decidablePartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name } = partnership.value;
  if (partnership.value.priority !== null) return reject(conflict(`${name} is already a priority partnership`));
  const grounds = decisionGrounds(command.rationale, command.evidence);
  if (!grounds.ok) return reject(grounds.error);
  return accept({ type: 'PriorityDesignated', schemaVersion: 1, data: { partnershipId, ...grounds.value } });
}
