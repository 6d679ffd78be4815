// A partnership's support cases as its history tells them: raised (requested by the partnership
// or proposed by its coordinator), decided (perhaps deferred and decided again), delivered, and
// the outcome read from a later validated assessment. The API's SupportCase type says the same,
// but only in answer to a command; the history also says who acted and when.
import { eventData, numberOrNull, records, text, texts, type EventData } from './event-data';
import type { HistoryEvent } from './partnership-history.query';
import { caseUuidOf } from './support-case-id';

export const SUPPORT_CASE_STATUSES = [
  'REQUESTED',
  'PROPOSED',
  'APPROVED',
  'DECLINED',
  'DEFERRED',
  'DELIVERED',
] as const;
export type SupportCaseStatus = (typeof SUPPORT_CASE_STATUSES)[number];

export const SUPPORT_DECISIONS = ['APPROVED', 'DECLINED', 'DEFERRED'] as const;
export type SupportDecision = (typeof SUPPORT_DECISIONS)[number];

export const SCORE_MOVEMENTS = ['IMPROVED', 'UNCHANGED', 'DECLINED', 'NO_BASELINE'] as const;
export type ScoreMovement = (typeof SCORE_MOVEMENTS)[number];

/** Who did something to the case, and when (an ISO instant). */
export interface Act {
  readonly actor: string;
  readonly occurredAt: string;
}

export interface RecordedDecision extends Act {
  readonly decision: SupportDecision;
  readonly rationale: string;
  /** Ids of the events the decision relied on. */
  readonly evidence: readonly string[];
}

export interface RecordedDelivery extends Act {
  /** YYYY-MM-DD. */
  readonly deliveredOn: string;
  readonly notes: string;
}

export interface HallmarkMovement {
  readonly hallmarkId: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly movement: ScoreMovement;
}

export interface RecordedOutcome extends Act {
  readonly assessmentId: string;
  readonly baselineAssessmentId: string | null;
  readonly hallmarks: readonly HallmarkMovement[];
  readonly notes: string;
}

export interface SupportCaseRecord {
  readonly caseId: string;
  /** The UUID that names the case under its partnership, e.g. in the case page's address. */
  readonly uuid: string;
  readonly offerId: string;
  readonly need: string;
  readonly raised: Act & { readonly how: 'REQUESTED' | 'PROPOSED' };
  readonly status: SupportCaseStatus;
  /** Every decision, oldest first; the last is the one in force. */
  readonly decisions: readonly RecordedDecision[];
  readonly delivery: RecordedDelivery | null;
  readonly outcome: RecordedOutcome | null;
}

const STATUS_AFTER: Readonly<Record<SupportDecision, SupportCaseStatus>> = {
  APPROVED: 'APPROVED',
  DECLINED: 'DECLINED',
  DEFERRED: 'DEFERRED',
};

/** The partnership's cases, the most recently raised first. Events of other kinds are passed over. */
export function supportCasesFrom(events: readonly HistoryEvent[], partnershipId: string): SupportCaseRecord[] {
  const cases = new Map<string, SupportCaseRecord>();
  for (const event of events) {
    const data = eventData(event.data);
    const caseId = text(data, 'caseId');
    if (!caseId) continue;
    const act: Act = { actor: event.actor, occurredAt: event.occurredAt };
    const current = cases.get(caseId);
    const next = current ? evolve(current, event.type, data, act) : open(caseId, partnershipId, event.type, data, act);
    if (next) cases.set(caseId, next);
  }
  return [...cases.values()].sort((a, b) => b.raised.occurredAt.localeCompare(a.raised.occurredAt));
}

export function latestDecision(supportCase: SupportCaseRecord): RecordedDecision | null {
  return supportCase.decisions[supportCase.decisions.length - 1] ?? null;
}

function open(
  caseId: string,
  partnershipId: string,
  type: string,
  data: EventData,
  act: Act,
): SupportCaseRecord | null {
  if (type !== 'SupportRequested' && type !== 'SupportProposed') return null;
  const uuid = caseUuidOf(partnershipId, caseId);
  const offerId = text(data, 'offerId');
  if (!uuid || !offerId) return null;
  const how = type === 'SupportRequested' ? 'REQUESTED' : 'PROPOSED';
  return {
    caseId,
    uuid,
    offerId,
    need: text(data, 'need') ?? '',
    raised: { ...act, how },
    status: how,
    decisions: [],
    delivery: null,
    outcome: null,
  };
}

function evolve(current: SupportCaseRecord, type: string, data: EventData, act: Act): SupportCaseRecord {
  switch (type) {
    case 'SupportDecided': {
      const decision = oneOf(SUPPORT_DECISIONS, text(data, 'decision'));
      if (!decision) return current;
      const recorded: RecordedDecision = {
        ...act,
        decision,
        rationale: text(data, 'rationale') ?? '',
        evidence: texts(data, 'evidence'),
      };
      return { ...current, status: STATUS_AFTER[decision], decisions: [...current.decisions, recorded] };
    }
    case 'SupportDelivered':
      return {
        ...current,
        status: 'DELIVERED',
        delivery: { ...act, deliveredOn: text(data, 'deliveredOn') ?? '', notes: text(data, 'notes') ?? '' },
      };
    case 'SupportOutcomeRecorded':
      return {
        ...current,
        outcome: {
          ...act,
          assessmentId: text(data, 'assessmentId') ?? '',
          baselineAssessmentId: text(data, 'baselineAssessmentId'),
          hallmarks: records(data, 'hallmarks').flatMap(movementOf),
          notes: text(data, 'notes') ?? '',
        },
      };
    default:
      return current;
  }
}

function movementOf(data: EventData): HallmarkMovement[] {
  const hallmarkId = text(data, 'hallmarkId');
  const movement = oneOf(SCORE_MOVEMENTS, text(data, 'movement'));
  if (!hallmarkId || !movement) return [];
  return [{ hallmarkId, before: numberOrNull(data, 'before'), after: numberOrNull(data, 'after'), movement }];
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
