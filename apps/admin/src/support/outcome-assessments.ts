// Which assessments an outcome can be read from: the partnership's validated ones for a period
// that ends on or after the delivery (an earlier one cannot show the support's effect), as the
// API's rule for recordSupportOutcome says.
import { eventData, text } from './event-data';
import type { HistoryEvent } from './partnership-history.query';

export interface ValidatedAssessment {
  readonly assessmentId: string;
  /** The financial year assessed, e.g. 2011-12. */
  readonly period: string;
  /** When it was validated, an ISO instant. */
  readonly validatedAt: string;
}

/** The partnership's validated assessments, the latest period first. */
export function validatedAssessmentsFrom(events: readonly HistoryEvent[]): ValidatedAssessment[] {
  const periods = new Map<string, string>();
  const validated = new Map<string, ValidatedAssessment>();
  for (const event of events) {
    const data = eventData(event.data);
    const assessmentId = text(data, 'assessmentId');
    if (!assessmentId) continue;
    if (event.type === 'AssessmentOpened') {
      const period = text(data, 'period');
      if (period) periods.set(assessmentId, period);
    } else if (event.type === 'AssessmentValidated') {
      const period = periods.get(assessmentId);
      if (period) validated.set(assessmentId, { assessmentId, period, validatedAt: event.occurredAt });
    }
  }
  return [...validated.values()].sort((a, b) => b.period.localeCompare(a.period));
}

/** The last day of a financial year: 2011-12 ends on 2012-03-31. */
export function periodEndsOn(period: string): string {
  return `${Number(period.slice(0, 4)) + 1}-03-31`;
}

export function assessmentsShowingOutcome(
  validated: readonly ValidatedAssessment[],
  deliveredOn: string,
): ValidatedAssessment[] {
  return validated.filter((assessment) => periodEndsOn(assessment.period) >= deliveredOn);
}

/** The period an assessment id names (ids end in the period, e.g. "…-2011-12"), or the id itself. */
export function periodOfAssessment(assessmentId: string): string {
  return /(\d{4}-\d{2})$/.exec(assessmentId)?.[1] ?? assessmentId;
}

/** Which assessments an outcome compares, in words. */
export function outcomeBasis(outcome: {
  readonly assessmentId: string;
  readonly baselineAssessmentId: string | null;
}): string {
  const later = `the validated ${periodOfAssessment(outcome.assessmentId)} assessment`;
  return outcome.baselineAssessmentId
    ? `Average levels in ${later}, against the validated ${periodOfAssessment(outcome.baselineAssessmentId)} assessment before it.`
    : `Average levels in ${later}; there is no validated assessment of the period before to compare against.`;
}
