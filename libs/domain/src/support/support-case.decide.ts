import type { Decision } from '../shared/domain-error';
import { decideDecideSupport, type DecideSupport } from './decide-support.decide';
import { decideProposeSupport, type ProposeSupport } from './propose-support.decide';
import { decideRecordSupportDelivered, type RecordSupportDelivered } from './record-support-delivered.decide';
import { decideRecordSupportOutcome, type RecordSupportOutcome } from './record-support-outcome.decide';
import { decideRequestSupport, type RequestSupport } from './request-support.decide';
import {
  evolveSupportCase,
  initialSupportCaseState,
  type SupportCaseEvent,
  type SupportCaseState,
} from './support-case';

/** Every command of a support case, decided on the case's own stream. */
export type SupportCaseCommand =
  | RequestSupport
  | ProposeSupport
  | DecideSupport
  | RecordSupportDelivered
  | RecordSupportOutcome;

export function decideSupportCase(command: SupportCaseCommand, state: SupportCaseState): Decision<SupportCaseEvent> {
  switch (command.type) {
    case 'RequestSupport':
      return decideRequestSupport(command, state);
    case 'ProposeSupport':
      return decideProposeSupport(command, state);
    case 'DecideSupport':
      return decideDecideSupport(command, state);
    case 'RecordSupportDelivered':
      return decideRecordSupportDelivered(command, state);
    case 'RecordSupportOutcome':
      return decideRecordSupportOutcome(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const supportCaseDecider = {
  decide: decideSupportCase,
  evolve: evolveSupportCase,
  initialState: initialSupportCaseState,
};
