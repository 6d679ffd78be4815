import { graphQLErrorFor, type CommandOutcome } from '@nsf/api-core';
import type { SupportCaseState } from '@nsf/domain';
import { SupportCaseModel } from './models/support-case.model';

/** What every support mutation answers with: the case after the command, or its typed error. */
export function supportCaseResult(outcome: CommandOutcome<SupportCaseState>): SupportCaseModel {
  if (!outcome.ok) throw graphQLErrorFor(outcome.error);
  if (outcome.state.status === 'none') throw new Error('an accepted command left the support case unraised');
  return SupportCaseModel.from(outcome.state);
}
