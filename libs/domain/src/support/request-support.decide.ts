import type { Decision } from '../shared/domain-error';
import { decideRaiseSupportCase } from './raise-support-case';
import type { SupportCaseEvent, SupportCaseState } from './support-case';

export interface RequestSupport {
  readonly type: 'RequestSupport';
  readonly caseId: string;
  readonly partnershipId: string;
  readonly offerId: string;
  readonly need: string;
}

/** A partnership asks for support it has identified it needs, typically from its self-assessment. */
export function decideRequestSupport(command: RequestSupport, state: SupportCaseState): Decision<SupportCaseEvent> {
  const { caseId, partnershipId, offerId, need } = command;
  return decideRaiseSupportCase('SupportRequested', { caseId, partnershipId, offerId, need }, state);
}
