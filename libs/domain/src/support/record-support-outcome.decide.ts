import type { AssessmentState } from '../assessment/assessment';
import { assessmentIdFor, partnershipIdOfAssessment, periodEndsOn, previousPeriod } from '../assessment/assessment-id';
import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import { findSupportOffer } from './support-catalogue';
import type { SupportCaseEvent, SupportCaseState } from './support-case';
import { hallmarkMovements } from './support-outcome';

export interface RecordSupportOutcome {
  readonly type: 'RecordSupportOutcome';
  readonly assessmentId: string;
  /**
   * That assessment as its stream tells it. The handler reads it only when the id names the
   * case's partnership, so another partnership's arrives not opened (and is refused first).
   */
  readonly assessment: AssessmentState;
  /** The partnership's assessment of the period before, as its stream tells it; not opened when there is none. */
  readonly baseline: AssessmentState;
  readonly notes: string;
}

const MAX_NOTES_LENGTH = 10000;

/**
 * Once support is delivered, its outcome is read, once, from a validated assessment of the same
 * partnership for a period that ends after the delivery (an earlier one cannot show its effect),
 * against the validated assessment of the period before when there is one.
 */
export function decideRecordSupportOutcome(
  command: RecordSupportOutcome,
  state: SupportCaseState,
): Decision<SupportCaseEvent> {
  if (state.status === 'none') return reject(notFound('There is no such support case'));
  if (state.status !== 'delivered' || !state.delivery) {
    return reject(conflict(`The support case is ${state.status}: only delivered support has an outcome to record`));
  }
  if (state.outcome) {
    return reject(conflict(`The outcome of this support was already recorded against ${state.outcome.assessmentId}`));
  }
  if (partnershipIdOfAssessment(command.assessmentId) !== state.partnershipId) {
    return reject(invalid(`“${command.assessmentId}” is not an assessment of ${state.partnershipId}`, 'assessmentId'));
  }
  const assessment = command.assessment;
  if (assessment.status === 'not_opened') return reject(notFound(`There is no assessment “${command.assessmentId}”`));
  if (assessment.status !== 'validated') {
    return reject(
      invalid(
        `The ${assessment.period} assessment is ${assessment.status}: an outcome is read from a validated one`,
        'assessmentId',
      ),
    );
  }
  if (periodEndsOn(assessment.period) < state.delivery.deliveredOn) {
    return reject(
      invalid(
        `The ${assessment.period} assessment ended before the support was delivered on ${state.delivery.deliveredOn}: choose a later one`,
        'assessmentId',
      ),
    );
  }
  const notes = command.notes.trim();
  if (notes.length === 0) return reject(invalid('Say what the partnership made of the support', 'notes'));
  if (notes.length > MAX_NOTES_LENGTH) {
    return reject(invalid(`The notes must be ${MAX_NOTES_LENGTH} characters or fewer`, 'notes'));
  }
  const offer = findSupportOffer(state.offerId);
  // The offer was checked when the case was raised, and offers are never removed from the catalogue.
  if (!offer) throw new Error(`support offer ${state.offerId} of case ${state.caseId} is missing`);
  const expectedBaseline = assessmentIdFor(state.partnershipId, previousPeriod(assessment.period));
  const baseline =
    command.baseline.status === 'validated' && command.baseline.assessmentId === expectedBaseline
      ? command.baseline
      : null;
  return accept({
    type: 'SupportOutcomeRecorded',
    schemaVersion: 1,
    data: {
      caseId: state.caseId,
      assessmentId: assessment.assessmentId,
      baselineAssessmentId: baseline?.assessmentId ?? null,
      hallmarks: hallmarkMovements(offer, assessment, baseline),
      notes,
    },
  });
}
