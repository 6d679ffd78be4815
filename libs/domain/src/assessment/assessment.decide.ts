import type { Decision } from '../shared/domain-error';
import { evolveAssessment, initialAssessmentState, type AssessmentEvent, type AssessmentState } from './assessment';
import { decideOpenAssessment, type OpenAssessment } from './open-assessment.decide';
import { decideScoreCriterion, type ScoreCriterion } from './score-criterion.decide';
import { decideSubmitAssessment, type SubmitAssessment } from './submit-assessment.decide';

/** Every command of the self-assessment cycle, decided on the assessment's own stream. */
export type AssessmentCommand = OpenAssessment | ScoreCriterion | SubmitAssessment;

export function decideAssessment(command: AssessmentCommand, state: AssessmentState): Decision<AssessmentEvent> {
  switch (command.type) {
    case 'OpenAssessment':
      return decideOpenAssessment(command, state);
    case 'ScoreCriterion':
      return decideScoreCriterion(command, state);
    case 'SubmitAssessment':
      return decideSubmitAssessment(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const assessmentDecider = {
  decide: decideAssessment,
  evolve: evolveAssessment,
  initialState: initialAssessmentState,
};
