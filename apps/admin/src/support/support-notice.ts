// What a support form hands the screen it returns to, in the navigation's state: the success
// banner to show, and what the history must show by now. The history is read from a read model
// that follows the event log a moment behind, so the screen reads again (a few times, briefly)
// until the change just made is there, rather than show the case as it was.
import { SUPPORT_CASE_STATUSES, type SupportCaseRecord, type SupportCaseStatus } from './support-case';

export interface CaseExpectation {
  readonly caseId: string;
  readonly status: SupportCaseStatus;
  /** Whether its outcome must be recorded. */
  readonly outcomeRecorded: boolean;
}

export interface SupportNotice {
  readonly banner: string;
  readonly expect: CaseExpectation | null;
}

export function caseMeetsExpectation(cases: readonly SupportCaseRecord[], expectation: CaseExpectation): boolean {
  const found = cases.find((candidate) => candidate.caseId === expectation.caseId);
  return (
    found !== undefined &&
    found.status === expectation.status &&
    (!expectation.outcomeRecorded || found.outcome !== null)
  );
}

/** The notice in a navigation's state, if it holds one (state may come from anywhere, e.g. history). */
export function readNotice(state: unknown): SupportNotice | null {
  if (typeof state !== 'object' || state === null) return null;
  const notice = (state as { supportNotice?: unknown }).supportNotice;
  if (typeof notice !== 'object' || notice === null) return null;
  const { banner, expect } = notice as { banner?: unknown; expect?: unknown };
  if (typeof banner !== 'string') return null;
  return { banner, expect: readExpectation(expect) };
}

/** The navigation state that carries a notice. */
export function noticeState(notice: SupportNotice): { readonly supportNotice: SupportNotice } {
  return { supportNotice: notice };
}

function readExpectation(value: unknown): CaseExpectation | null {
  if (typeof value !== 'object' || value === null) return null;
  const { caseId, status, outcomeRecorded } = value as Record<string, unknown>;
  if (typeof caseId !== 'string' || !(SUPPORT_CASE_STATUSES as readonly unknown[]).includes(status)) return null;
  return { caseId, status: status as SupportCaseStatus, outcomeRecorded: outcomeRecorded === true };
}
