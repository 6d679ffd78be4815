import { accept, conflict, reject, type Decision } from '../shared/domain-error';
import { decidablePartnership } from './decidable-partnership';
import { decisionGrounds, requiredText } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface Escalate {
  readonly type: 'Escalate';
  readonly concern: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/**
 * A concern about a partnership is escalated to the national team. One escalation is open at a
 * time, so the national team answers one concern before another is raised.
 */
export function decideEscalate(command: Escalate, state: PartnershipState): Decision<PartnershipEvent> {
  const partnership = decidablePartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name, escalation } = partnership.value;
  if (escalation !== null) {
    return reject(conflict(`A concern about ${name} is already with the national team: “${escalation.concern}”`));
  }
  const concern = requiredText(command.concern, 'concern', 'Describe the concern to escalate');
  if (!concern.ok) return reject(concern.error);
  const grounds = decisionGrounds(command.rationale, command.evidence);
  if (!grounds.ok) return reject(grounds.error);
  return accept({
    type: 'Escalated',
    schemaVersion: 1,
    data: { partnershipId, concern: concern.value, ...grounds.value },
  });
}
