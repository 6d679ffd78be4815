// The assessments a partnership's history holds, for choosing two to compare: each opened
// assessment with its period and where it stands now, read from the events of its stream.
import type { AuditEvent } from '../audit-trail.query';

export interface AssessmentChoice {
  readonly assessmentId: string;
  readonly period: string;
  readonly status: 'open' | 'submitted' | 'returned' | 'validated';
}

const STATUS_AFTER: Readonly<Record<string, AssessmentChoice['status']>> = {
  AssessmentOpened: 'open',
  AssessmentSubmitted: 'submitted',
  AssessmentReturned: 'returned',
  AssessmentValidated: 'validated',
};

/** Oldest period first. */
export function assessmentChoices(events: readonly AuditEvent[]): readonly AssessmentChoice[] {
  const byStream = new Map<string, { assessmentId: string; period: string; status: AssessmentChoice['status'] }>();
  for (const event of events) {
    if (event.type === 'AssessmentOpened') {
      const data = event.data as { assessmentId?: unknown; period?: unknown } | null;
      if (typeof data?.assessmentId === 'string' && typeof data.period === 'string') {
        byStream.set(event.streamId, { assessmentId: data.assessmentId, period: data.period, status: 'open' });
      }
      continue;
    }
    const status = STATUS_AFTER[event.type];
    const choice = byStream.get(event.streamId);
    if (status && choice) choice.status = status;
  }
  return [...byStream.values()].sort((a, b) => a.period.localeCompare(b.period));
}

export function choiceLabel(choice: AssessmentChoice): string {
  return `${choice.period} (${choice.status})`;
}

/** The pair offered before anyone chooses: the latest assessment against the one before it. */
export function defaultPair(choices: readonly AssessmentChoice[]): { a: string; b: string } | null {
  if (choices.length < 2) return null;
  const before = choices[choices.length - 2];
  const after = choices[choices.length - 1];
  return before && after ? { a: before.assessmentId, b: after.assessmentId } : null;
}
