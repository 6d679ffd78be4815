import type { Story, StoryEvent } from './story';
import {
  calendarDate,
  criterionLabel,
  humaniseName,
  offerTitle,
  personName,
  scoreLabel,
  sentence,
} from './story-words';

/**
 * Any event no family storyteller knows — a type added after this was written, or a schema
 * version it has not learnt — told from its type and data: “Priority designated by Nora
 * Northwest. Rationale: …”. Identifiers are left out (they mean nothing to a reader) except the
 * criteria and offers, which are named as the framework names them.
 */
export function tellFallbackStory(event: StoryEvent): Story {
  const title = humaniseName(event.type);
  const details = isRecord(event.data) ? describeFields(event.data) : [];
  return {
    title,
    description: [`${title} by ${personName(event.actor)}.`, ...details].join(' '),
    reason: event.reason ?? reasonIn(event.data),
  };
}

/** Fields that say why, in the order the events of this platform use them. */
const REASON_FIELDS = ['rationale', 'reason', 'comments'];

function reasonIn(data: unknown): string | null {
  if (!isRecord(data)) return null;
  for (const field of REASON_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function describeFields(data: Record<string, unknown>): string[] {
  const details: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isIdentifier(key)) continue;
    const text = describeValue(key, value);
    if (text) details.push(sentence(`${humaniseName(key)}: ${text}`));
  }
  return details;
}

const NAMED_IDS: Record<string, (id: string) => string> = { criterionId: criterionLabel, offerId: offerTitle };

function isIdentifier(key: string): boolean {
  return !(key in NAMED_IDS) && (key === 'id' || /Ids?$/.test(key));
}

function describeValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (value.trim() === '') return null;
    if (key in NAMED_IDS) return NAMED_IDS[key](value);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? calendarDate(value) : value.trim();
  }
  if (typeof value === 'number') return /^score$|Score$/.test(key) ? scoreLabel(value) : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
    return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  if (isRecord(value)) {
    const inner = Object.entries(value)
      .filter(([innerKey]) => !isIdentifier(innerKey))
      .map(([innerKey, innerValue]) => {
        const text = typeof innerValue === 'object' ? null : describeValue(innerKey, innerValue);
        return text ? `${humaniseName(innerKey).toLowerCase()} ${text}` : null;
      })
      .filter((text): text is string => text !== null);
    return inner.length > 0 ? inner.join('; ') : null;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
