import { accept, conflict, reject, type Decision } from '../shared/domain-error';
import { decidablePartnership } from './decidable-partnership';
import { decisionGrounds } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface LiftPriority {
  readonly type: 'LiftPriority';
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/** Lifting priority status is a decision like designating it: it says why, on what evidence. */
export function decideLiftPriority(command: LiftPriority, state: PartnershipState): Decision<PartnershipEvent> {
  const partnership = decidablePartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name } = partnership.value;
  if (partnership.value.priority === null) return reject(conflict(`${name} is not a priority partnership`));
  const grounds = decisionGrounds(command.rationale, command.evidence);
  if (!grounds.ok) return reject(grounds.error);
  return accept({ type: 'PriorityLifted', schemaVersion: 1, data: { partnershipId, ...grounds.value } });
}
