import { findCriterion, findScaleLevel } from '../framework/criteria';
import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import { findRegion } from '../geography/regions';
import { SUPPORT_CATALOGUE } from '../support/support-catalogue';

/**
 * The words the storytellers share: people, criteria, scores, offers and dates as a coordinator
 * would say them. Criteria and scale levels are looked up in the current edition: criterion ids
 * are stable across editions while a criterion means the same thing.
 */

const SYSTEM = 'system:';

/**
 * Events record the username, not the person's name, so the name is read off the username
 * (“liam.lead” → “Liam Lead”); automated work is the platform's.
 */
export function personName(actor: string): string {
  if (actor.startsWith(SYSTEM)) return `The platform (${actor.slice(SYSTEM.length).replace(/[-_.]+/g, ' ')})`;
  if (actor.includes('@') || actor.trim() === '') return actor;
  return actor
    .split(/[._-]+/)
    .filter((word) => word.length > 0)
    .map(capitalise)
    .join(' ');
}

/** “leadership.2” → “‘Leadership 1.2’”: the hallmark and criterion numbers the framework uses. */
export function criterionLabel(criterionId: string): string {
  const criterion = findCriterion(criterionId);
  const hallmark = CURRENT_FRAMEWORK.hallmarks.find((candidate) => candidate.id === criterion?.hallmarkId);
  if (!criterion || !hallmark) return `‘${criterionId}’`;
  return `‘${capitalise(hallmark.id)} ${hallmark.number}.${criterion.number}’`;
}

/** 3 → “3 — Established”. */
export function scoreLabel(score: number): string {
  const level = findScaleLevel(score);
  return level ? `${score} — ${level.label}` : String(score);
}

export function offerTitle(offerId: string): string {
  const offer = SUPPORT_CATALOGUE.find((candidate) => candidate.id === offerId);
  return offer ? `‘${offer.title}’` : `‘${offerId}’`;
}

export function regionName(code: string): string {
  return findRegion(code)?.name ?? code;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** “2009-11-02” → “2 November 2009”; anything else as given. */
export function calendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** “PriorityDesignated” → “Priority designated”. */
export function humaniseName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => (/^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase()));
  return capitalise(words.join(' '));
}

/** “3 criteria”, “1 criterion”. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Ends a sentence unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
