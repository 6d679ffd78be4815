import type { Decision } from '../shared/domain-error';
import { evolveAssessment, initialAssessmentState, type AssessmentEvent, type AssessmentState } from './assessment';
import { decideOpenAssessment, type OpenAssessment } from './open-assessment.decide';
import { decideRecordReviewScores, type RecordReviewScores } from './record-review-scores.decide';
import { decideReturnAssessment, type ReturnAssessment } from './return-assessment.decide';
import { decideScoreCriterion, type ScoreCriterion } from './score-criterion.decide';
import { decideSubmitAssessment, type SubmitAssessment } from './submit-assessment.decide';
import { decideValidateAssessment, type ValidateAssessment } from './validate-assessment.decide';

/** Every command of the self-assessment cycle, its moderation and third-party reviews, decided on the assessment's own stream. */
export type AssessmentCommand =
  | OpenAssessment
  | ScoreCriterion
  | SubmitAssessment
  | ReturnAssessment
  | ValidateAssessment
  | RecordReviewScores;

export function decideAssessment(command: AssessmentCommand, state: AssessmentState): Decision<AssessmentEvent> {
  switch (command.type) {
    case 'OpenAssessment':
      return decideOpenAssessment(command, state);
    case 'ScoreCriterion':
      return decideScoreCriterion(command, state);
    case 'SubmitAssessment':
      return decideSubmitAssessment(command, state);
    case 'ReturnAssessment':
      return decideReturnAssessment(command, state);
    case 'ValidateAssessment':
      return decideValidateAssessment(command, state);
    case 'RecordReviewScores':
      return decideRecordReviewScores(command, state);
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
