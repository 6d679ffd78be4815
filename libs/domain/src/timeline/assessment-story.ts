import type {
  AssessmentOpenedData,
  AssessmentReturnedData,
  AssessmentSubmittedData,
  AssessmentValidatedData,
  CriterionScoredData,
  ModeratedScore,
} from '../assessment/assessment';
import type { StoryEvent, Storyteller } from './story';
import { count, criterionLabel, personName, scoreLabel, sentence } from './story-words';

/** The self-assessment cycle, as a partnership's timeline tells it: opened, scored, submitted, moderated. */
export const tellAssessmentStory: Storyteller = (event) => {
  if (event.schemaVersion !== 1) return undefined;
  const who = personName(event.actor);
  switch (event.type) {
    case 'AssessmentOpened': {
      const data = event.data as AssessmentOpenedData;
      return {
        title: `Assessment ${data.period} opened`,
        description: `${who} opened the ${data.period} self-assessment against framework ${data.frameworkVersion}, with ${count(data.applicableCriteria.length, 'criterion', 'criteria')} to score.`,
        reason: event.reason,
      };
    }
    case 'CriterionScored': {
      const data = event.data as CriterionScoredData;
      const was = data.previousScore === null ? '' : ` (was ${data.previousScore})`;
      return {
        title: `Assessment ${periodOf(event, data.assessmentId)}: ${criterionLabel(data.criterionId)} scored`,
        description: `${who} scored ${criterionLabel(data.criterionId)} ${scoreLabel(data.score)}${was}: ${sentence(data.rationale)}`,
        reason: event.reason ?? data.rationale,
      };
    }
    case 'AssessmentSubmitted': {
      const data = event.data as AssessmentSubmittedData;
      const period = periodOf(event, data.assessmentId);
      return {
        title: `Assessment ${period} submitted`,
        description: `${who} submitted the ${period} self-assessment with ${count(data.scoredCriteria, 'criterion', 'criteria')} scored.`,
        reason: event.reason,
      };
    }
    case 'AssessmentReturned': {
      const data = event.data as AssessmentReturnedData;
      const period = periodOf(event, data.assessmentId);
      return {
        title: `Assessment ${period} returned for revision`,
        description: `${who} returned the ${period} self-assessment for revision: ${sentence(data.comments)}`,
        reason: event.reason ?? data.comments,
      };
    }
    case 'AssessmentValidated': {
      const data = event.data as AssessmentValidatedData;
      const period = periodOf(event, data.assessmentId);
      const moderated = data.moderatedScores;
      const outcome =
        moderated.length === 0
          ? 'accepting every self-score.'
          : `moderating ${count(moderated.length, 'score', 'scores')}: ${moderated.map(moderation).join('; ')}.`;
      return {
        title: `Assessment ${period} validated`,
        description: `${who} validated the ${period} self-assessment, ${outcome}`,
        reason: event.reason,
      };
    }
    default:
      return undefined;
  }
};

function moderation(score: ModeratedScore): string {
  return `${criterionLabel(score.criterionId)} from ${scoreLabel(score.selfScore)} to ${scoreLabel(score.moderatedScore)} (${score.reason.trim()})`;
}

/**
 * The period an assessment covers is named when it opens; later events carry only the assessment
 * id, which ends with the period (see assessmentIdFor).
 */
function periodOf(event: StoryEvent, assessmentId: string): string {
  if (event.opening?.type === 'AssessmentOpened') return (event.opening.data as AssessmentOpenedData).period;
  return /(\d{4}-\d{2})$/.exec(assessmentId)?.[1] ?? assessmentId;
}
