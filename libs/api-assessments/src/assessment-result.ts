import { graphQLErrorFor, type CommandOutcome } from '@nsf/api-core';
import type { AssessmentState } from '@nsf/domain';
import { AssessmentModel } from './models/assessment.model';

/** What every assessment mutation answers with: the assessment after the command, or its typed error. */
export function assessmentResult(outcome: CommandOutcome<AssessmentState>): AssessmentModel {
  if (!outcome.ok) throw graphQLErrorFor(outcome.error);
  if (outcome.state.status === 'not_opened') throw new Error('an accepted command left the assessment unopened');
  return AssessmentModel.from(outcome.state);
}
