/**
 * One assessment per partnership and period, so its id follows from both: opening the same
 * period twice lands on the same stream and is refused there by the stream's revision guard.
 * The id also names its partnership, so a caller's access can be checked before anything is read.
 */

/** A financial year as partnerships plan in: '2009-10' runs from April 2009 to March 2010. */
const PERIOD = /^(\d{4})-(\d{2})$/;
const ASSESSMENT_ID = /^(.+)-(\d{4}-\d{2})$/;

export function isPeriod(period: string): boolean {
  const match = PERIOD.exec(period);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The financial year before this one: '2008-09' before '2009-10'. */
export function previousPeriod(period: string): string {
  const start = Number(period.slice(0, 4)) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The last day of a financial year, YYYY-MM-DD: '2010-03-31' for '2009-10'. */
export function periodEndsOn(period: string): string {
  return `${Number(period.slice(0, 4)) + 1}-03-31`;
}

export const assessmentIdFor = (partnershipId: string, period: string): string => `${partnershipId}-${period}`;

/** The partnership an assessment id belongs to, or null when the id is not one `assessmentIdFor` makes. */
export function partnershipIdOfAssessment(assessmentId: string): string | null {
  const match = ASSESSMENT_ID.exec(assessmentId);
  return match !== null && isPeriod(match[2]) ? match[1] : null;
}

/** One stream per assessment; its tenant is the partnership. */
export const assessmentStreamId = (assessmentId: string): string => `assessment-${assessmentId}`;
