import type { Decision } from '../shared/domain-error';
import { decideAddImprovementAction, type AddImprovementAction } from './add-improvement-action.decide';
import {
  evolveImprovementAction,
  initialImprovementActionState,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from './improvement-action';
import { decideUpdateImprovementAction, type UpdateImprovementAction } from './update-improvement-action.decide';

/** Every command of an improvement action, decided on the action's own stream. */
export type ImprovementActionCommand = AddImprovementAction | UpdateImprovementAction;

export function decideImprovementAction(
  command: ImprovementActionCommand,
  state: ImprovementActionState,
): Decision<ImprovementActionEvent> {
  switch (command.type) {
    case 'AddImprovementAction':
      return decideAddImprovementAction(command, state);
    case 'UpdateImprovementAction':
      return decideUpdateImprovementAction(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const improvementActionDecider = {
  decide: decideImprovementAction,
  evolve: evolveImprovementAction,
  initialState: initialImprovementActionState,
};
