import type { Decision } from '../shared/domain-error';
import { decideRaiseSupportCase } from './raise-support-case';
import type { SupportCaseEvent, SupportCaseState } from './support-case';

export interface ProposeSupport {
  readonly type: 'ProposeSupport';
  readonly caseId: string;
  readonly partnershipId: string;
  readonly offerId: string;
  readonly need: string;
}

/** A coordinator puts support forward for a partnership whose need they have seen. */
export function decideProposeSupport(command: ProposeSupport, state: SupportCaseState): Decision<SupportCaseEvent> {
  const { caseId, partnershipId, offerId, need } = command;
  return decideRaiseSupportCase('SupportProposed', { caseId, partnershipId, offerId, need }, state);
}
