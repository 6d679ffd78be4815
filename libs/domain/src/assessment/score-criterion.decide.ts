import { findCriterion, findScaleLevel } from '../framework/criteria';
import { findFramework } from '../framework/frameworks';
import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState } from './assessment';

export interface ScoreCriterion {
  readonly type: 'ScoreCriterion';
  readonly criterionId: string;
  readonly score: number;
  readonly evidenceText: string | null;
  readonly evidenceLinks: readonly string[];
  readonly rationale: string;
}

const MAX_RATIONALE_LENGTH = 5000;
const MAX_EVIDENCE_LENGTH = 10000;
const MAX_LINKS = 20;

/**
 * Scoring, or re-scoring, one criterion of an open (or returned) assessment against the scale of the edition
 * it was opened with. Each change is its own event and names the score it replaces, so the
 * history shows how a partnership's view of itself moved, and why.
 */
export function decideScoreCriterion(command: ScoreCriterion, state: AssessmentState): Decision<AssessmentEvent> {
  if (state.status === 'not_opened') return reject(notFound('There is no such assessment'));
  if (state.status === 'submitted') {
    return reject(conflict(`The ${state.period} assessment has been submitted: its scores can no longer change`));
  }
  if (state.status === 'validated') {
    return reject(conflict(`The ${state.period} assessment has been validated and is closed: its scores are final`));
  }
  const framework = findFramework(state.frameworkVersion);
  // The version was checked when the assessment opened, and editions are never removed.
  if (!framework) throw new Error(`framework ${state.frameworkVersion} of an open assessment is missing`);
  const criterion = findCriterion(command.criterionId, framework);
  if (!criterion) {
    return reject(
      invalid(`“${command.criterionId}” is not a criterion of framework ${framework.version}`, 'criterionId'),
    );
  }
  if (!state.applicableCriteria.includes(criterion.id)) {
    return reject(invalid(`Criterion ${criterion.id} does not apply to this partnership`, 'criterionId'));
  }
  if (!findScaleLevel(command.score, framework)) {
    const levels = framework.scale.map((level) => `${level.level} (${level.label})`).join(', ');
    return reject(invalid(`Choose a score on the scale: ${levels}`, 'score'));
  }
  const rationale = command.rationale.trim();
  if (rationale.length === 0) return reject(invalid('Explain why you gave this score', 'rationale'));
  if (rationale.length > MAX_RATIONALE_LENGTH) {
    return reject(invalid(`The rationale must be ${MAX_RATIONALE_LENGTH} characters or fewer`, 'rationale'));
  }
  const evidenceText = command.evidenceText?.trim() || null;
  if (evidenceText !== null && evidenceText.length > MAX_EVIDENCE_LENGTH) {
    return reject(invalid(`The evidence must be ${MAX_EVIDENCE_LENGTH} characters or fewer`, 'evidence'));
  }
  const links = command.evidenceLinks.map((link) => link.trim()).filter((link) => link.length > 0);
  if (links.length > MAX_LINKS) return reject(invalid(`Give at most ${MAX_LINKS} links`, 'evidenceLinks'));
  const badLink = links.find((link) => !isWebAddress(link));
  if (badLink !== undefined) {
    return reject(invalid(`“${badLink}” is not a web address starting with http:// or https://`, 'evidenceLinks'));
  }
  const previous = state.scores.find((score) => score.criterionId === criterion.id);
  return accept({
    type: 'CriterionScored',
    schemaVersion: 1,
    data: {
      assessmentId: state.assessmentId,
      criterionId: criterion.id,
      previousScore: previous?.score ?? null,
      score: command.score,
      evidence: { text: evidenceText, links },
      rationale,
    },
  });
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
