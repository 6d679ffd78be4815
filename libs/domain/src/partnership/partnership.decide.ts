import type { Decision } from '../shared/domain-error';
import { decideDesignatePriority, type DesignatePriority } from './designate-priority.decide';
import { decideEscalate, type Escalate } from './escalate.decide';
import { decideLiftPriority, type LiftPriority } from './lift-priority.decide';
import { decideMergePartnerships, type MergePartnerships } from './merge-partnerships.decide';
import {
  evolvePartnership,
  initialPartnershipState,
  type PartnershipEvent,
  type PartnershipState,
} from './partnership';
import { decideRegisterPartnership, type RegisterPartnership } from './register-partnership.decide';
import { decideResolveEscalation, type ResolveEscalation } from './resolve-escalation.decide';

/** Every command of a partnership, decided on the partnership's own stream. */
export type PartnershipCommand =
  | RegisterPartnership
  | DesignatePriority
  | LiftPriority
  | Escalate
  | ResolveEscalation
  | MergePartnerships;

export function decidePartnership(command: PartnershipCommand, state: PartnershipState): Decision<PartnershipEvent> {
  switch (command.type) {
    case 'RegisterPartnership':
      return decideRegisterPartnership(command, state);
    case 'DesignatePriority':
      return decideDesignatePriority(command, state);
    case 'LiftPriority':
      return decideLiftPriority(command, state);
    case 'Escalate':
      return decideEscalate(command, state);
    case 'ResolveEscalation':
      return decideResolveEscalation(command, state);
    case 'MergePartnerships':
      return decideMergePartnerships(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const partnershipDecider = {
  decide: decidePartnership,
  evolve: evolvePartnership,
  initialState: initialPartnershipState,
};
