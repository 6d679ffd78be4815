import type { QueryBus } from '@nestjs/cqrs';
import { graphQLErrorFor, type CommandOutcome } from '@nsf/api-core';
import type { Actor, ImprovementActionState } from '@nsf/domain';
import { GetImprovementActionQuery } from './get-improvement-action/get-improvement-action.query';
import { ImprovementActionModel } from './models/improvement-action.model';

/** An action as its stream now tells it, or the typed error the caller should see. */
export async function improvementActionNamed(
  queryBus: QueryBus,
  actor: Actor,
  actionId: string,
): Promise<ImprovementActionModel> {
  const lookup = await queryBus.execute(new GetImprovementActionQuery(actor, actionId));
  if (!lookup.ok) throw graphQLErrorFor(lookup.error);
  return ImprovementActionModel.from(lookup.action, lookup.events);
}

/**
 * What every action mutation answers with: the action after the command, read back from its
 * stream because who made each change and when is in the recorded events, not the folded state.
 */
export async function improvementActionResult(
  queryBus: QueryBus,
  actor: Actor,
  outcome: CommandOutcome<ImprovementActionState>,
): Promise<ImprovementActionModel> {
  if (!outcome.ok) throw graphQLErrorFor(outcome.error);
  if (outcome.state.status === 'none') throw new Error('an accepted command left the improvement action unadded');
  return improvementActionNamed(queryBus, actor, outcome.state.actionId);
}
