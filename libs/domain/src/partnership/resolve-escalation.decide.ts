import { accept, conflict, reject, type Decision } from '../shared/domain-error';
import { mergedAway, registeredPartnership } from './decidable-partnership';
import { decisionGrounds, requiredText } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface ResolveEscalation {
  readonly type: 'ResolveEscalation';
  readonly resolution: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/**
 * The national team closes the open escalation, saying what was done about it and why. A merger
 * does not answer a concern raised before it, so an escalation still open on a merged partnership
 * is resolved there, the one decision it still takes: its successor's record is not the one the
 * concern was raised on.
 */
export function decideResolveEscalation(
  command: ResolveEscalation,
  state: PartnershipState,
): Decision<PartnershipEvent> {
  const partnership = registeredPartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name, escalation, mergedInto } = partnership.value;
  if (escalation === null) {
    return reject(
      mergedInto === null ? conflict(`No concern about ${name} is open to resolve`) : mergedAway(partnership.value),
    );
  }
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
