// Opening a self-assessment for a period: which financial year, suggested from the last one.
import type { ErrorWording, FormProblems } from './form-problems';

export type OpenField = 'period';
export const PERIOD_FIELD_ID = 'period';

const PERIOD = /^(\d{4})-(\d{2})$/;

/** The financial year after this one: '2012-13' after '2011-12'; null for what is not a period. */
export function nextPeriod(period: string): string | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const start = Number(match[1]) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Whether the period is present; its form ('2012-13') is the API's rule, and it says so. */
export function checkPeriod(period: string): FormProblems<OpenField> | null {
  return period.trim() === ''
    ? { fieldErrors: { period: 'Enter the financial year to assess, for example 2012-13' }, general: [] }
    : null;
}

export const OPEN_ERROR_WORDING: ErrorWording<OpenField> = {
  fieldFor: (apiField) => (apiField === 'period' ? 'period' : undefined),
  // There is one assessment per period: a conflict is about the year chosen.
  conflictField: 'period',
  unauthenticated: 'Your sign-in has ended. Sign in again to start the self-assessment',
  forbidden: 'Only the national team and the partnership’s own people may start its self-assessment',
};
