import { accept, conflict, reject, type Decision } from '../shared/domain-error';
import { decidablePartnership } from './decidable-partnership';
import { decisionGrounds, requiredText } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface ResolveEscalation {
  readonly type: 'ResolveEscalation';
  readonly resolution: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/** The national team closes the open escalation, saying what was done about it and why. */
export function decideResolveEscalation(
  command: ResolveEscalation,
  state: PartnershipState,
): Decision<PartnershipEvent> {
  const partnership = decidablePartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name } = partnership.value;
  if (partnership.value.escalation === null) return reject(conflict(`No concern about ${name} is open to resolve`));
  const resolution = requiredText(command.resolution, 'resolution', 'Say how the escalation was resolved');
  if (!resolution.ok) return reject(resolution.error);
  const grounds = decisionGrounds(command.rationale, command.evidence);
  if (!grounds.ok) return reject(grounds.error);
  return accept({
    type: 'EscalationResolved',
    schemaVersion: 1,
    data: { partnershipId, resolution: resolution.value, ...grounds.value },
  });
}
