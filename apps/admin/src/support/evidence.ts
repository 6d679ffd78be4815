// The evidence a decision can rely on: recorded events of the partnership's own history, told in
// the plain words of its timeline. A decision cites their ids; the API refuses any other
// partnership's events, so only this partnership's are offered.

/** The kinds of event offered as evidence: what a support or priority decision typically rests on. */
export const EVIDENCE_EVENT_TYPES = [
  'AssessmentSubmitted',
  'AssessmentReturned',
  'AssessmentValidated',
  'ReviewScoresRecorded',
  'SupportDelivered',
  'SupportOutcomeRecorded',
  'ImprovementActionStatusChanged',
] as const;

/**
 * Every kind of event but the individual scores (too many to page through): enough to name
 * whatever a past decision cited, e.g. another decision.
 */
export const NAMED_EVENT_TYPES: readonly string[] = [
  ...EVIDENCE_EVENT_TYPES,
  'PartnershipRegistered',
  'PartnershipMerged',
  'AssessmentOpened',
  'SupportRequested',
  'SupportProposed',
  'SupportDecided',
  'PriorityDesignated',
  'PriorityLifted',
  'Escalated',
  'EscalationResolved',
  'ImprovementActionAdded',
  'ImprovementActionReassigned',
  'ImprovementActionRescheduled',
];

/** How many of the most recent are offered to choose from. */
export const EVIDENCE_CHOICES_SHOWN = 10;

/** A timeline entry: one recorded event in plain words. */
export interface EvidenceEntry {
  readonly eventId: string;
  readonly type: string;
  readonly title: string;
  readonly description: string;
  readonly actor: string;
  readonly occurredAt: string;
}

/** One cited id and what it is, when the partnership's timeline tells it. */
export interface CitedEvidence {
  readonly eventId: string;
  readonly entry: EvidenceEntry | null;
}

/**
 * The entries to offer, newest first: the most recent few, and any already chosen further back
 * (so a choice is never hidden from the person who made it).
 */
export function evidenceChoices(
  entries: readonly EvidenceEntry[],
  chosen: readonly string[] = [],
  shown: number = EVIDENCE_CHOICES_SHOWN,
): EvidenceEntry[] {
  const offered = entries
    .filter((entry) => (EVIDENCE_EVENT_TYPES as readonly string[]).includes(entry.type))
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return offered.filter((entry, index) => index < shown || chosen.includes(entry.eventId));
}

export function citedEvidence(eventIds: readonly string[], entries: readonly EvidenceEntry[]): CitedEvidence[] {
  return eventIds.map((eventId) => ({
    eventId,
    entry: entries.find((entry) => entry.eventId === eventId) ?? null,
  }));
}

/** The words a checkbox or list item shows: "Assessment 2011-12 validated, 5 September 2011". */
export function evidenceLabel(entry: EvidenceEntry): string {
  return `${entry.title}, ${dayOf(entry.occurredAt)}`;
}

/** An id the timeline does not tell (e.g. an event of a kind not offered as evidence). */
export function unknownEvidenceLabel(eventId: string): string {
  return `Recorded event ${eventId}`;
}

/** The UK calendar day of an instant, GOV.UK style: "5 September 2011". */
export function dayOf(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** A YYYY-MM-DD date, GOV.UK style: "23 February 2010"; anything else as given. */
export function calendarDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}
