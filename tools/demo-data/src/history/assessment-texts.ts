import type { Criterion } from '@nsf/domain';
import type { RandomSource } from './random-source';

/**
 * The words of the demo assessments: evidence, rationales, coordinators' comments and
 * moderation reasons, assembled from phrases a partnership or a Government Office would write,
 * per hallmark and per level of the scale.
 */

const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  leadership: [
    'Partnership board minutes',
    'Terms of reference of the strategy group',
    'Partnership plan',
    'Joint commissioning framework',
    'Chairs’ briefing notes',
  ],
  intelligence: [
    'Strategic assessment',
    'Analysts’ work programme',
    'Information sharing protocol',
    'Tasking and co-ordination group minutes',
    'Problem profile on anti-social behaviour',
  ],
  communities: [
    'Community consultation report',
    'PACT meeting records',
    'Residents’ survey results',
    'Communications plan',
    'Neighbourhood agreements',
  ],
  delivery: [
    'Delivery group structure chart',
    'Action plan progress report',
    'Performance management framework',
    'Theme group terms of reference',
  ],
  accountability: [
    'Overview and scrutiny committee report',
    'Annual report to residents',
    'Performance report to the Local Strategic Partnership',
    'Partnership risk register',
  ],
  skills: [
    'Training needs analysis',
    'Induction pack for new partners',
    'Workforce development plan',
    'Problem-solving training records',
  ],
};

const LEVEL_FINDINGS: Readonly<Record<number, readonly string[]>> = {
  1: [
    'This is not in place yet; it is in the plan for next year.',
    'We have agreed we need this but nothing is running yet.',
    'Partners recognise the gap; no one owns it at present.',
  ],
  2: [
    'Work has started but only some partners are involved so far.',
    'In place for the police and the council; health and probation are not yet signed up.',
    'A first version exists and is being tried out in two neighbourhoods.',
    'Agreed on paper this year; it is too early to show it working.',
  ],
  3: [
    'Established across all statutory partners and reviewed at every board.',
    'Done consistently this year, and the performance reports show it working.',
    'All partners take part and the results feed into the partnership plan.',
    'Embedded in how the theme groups work; evidence attached.',
  ],
  4: [
    'Well established, improved again this year, and neighbouring partnerships have asked to copy it.',
    'Cited by the Government Office as good practice; we keep reviewing it.',
    'Mature and evaluated: the independent review found it effective.',
  ],
};

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

function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Evidence for a score: a document or two of the period, sometimes a link to one, sometimes nothing. */
export function evidenceFor(
  criterion: Criterion,
  context: { readonly partnershipId: string; readonly period: string; readonly at: Date },
  random: RandomSource,
): { text: string | null; links: string[] } {
  if (random.chance(0.08)) return { text: null, links: [] };
  const documents = random
    .shuffled(DOCUMENTS[criterion.hallmarkId] ?? DOCUMENTS['leadership'])
    .slice(0, random.int(1, 2));
  const dated = random.chance(0.5) ? `${documents[0]}, ${longDate(context.at)}` : `${documents[0]} ${context.period}`;
  const text = [dated, ...documents.slice(1)].join('; ');
  const links = random.chance(0.35)
    ? [`https://documents.example.org.uk/${context.partnershipId}/${context.period}/${slug(documents[0])}.pdf`]
    : [];
  return { text, links };
}

export function rationaleFor(score: number, random: RandomSource): string {
  return random.pick(LEVEL_FINDINGS[score]);
}

export function revisionRationale(previousScore: number, score: number, random: RandomSource): string {
  const direction =
    score > previousScore
      ? random.pick([
          'Raised after the board review: the evidence is stronger than the first draft allowed.',
          'Raised: the theme group showed this working across all partners, which the draft missed.',
        ])
      : score < previousScore
        ? random.pick([
            'Lowered after the board review: the draft overstated how far this has gone.',
            'Lowered: health and probation said they are not yet part of this.',
            'Lowered on reflection: we cannot yet show evidence that it works.',
          ])
        : 'Score confirmed with fuller evidence.';
  return `${direction} ${rationaleFor(score, random)}`;
}

export function returnComments(criteria: readonly Criterion[], random: RandomSource): string {
  const names = criteria.map((criterion) => criterion.id);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const ask = random.pick([
    'the evidence given does not yet show the score claimed across all partners',
    'the scores rest on plans rather than on what has happened this year',
    'please attach this year’s evidence rather than last year’s',
  ]);
  return `Please look again at ${list} before resubmitting: ${ask}.`;
}

export function afterReturnRationale(previousScore: number, score: number, random: RandomSource): string {
  return score < previousScore
    ? `Lowered in response to the coordinator’s comments. ${rationaleFor(score, random)}`
    : `Kept at ${score} with this year’s evidence added, as the coordinator asked. ${rationaleFor(score, random)}`;
}

export function moderationReason(selfScore: number, moderatedScore: number, random: RandomSource): string {
  return moderatedScore < selfScore
    ? random.pick([
        'The evidence shows this working for some partners only, which is developing rather than established.',
        'The documents given are plans; the Government Office saw no evidence of delivery in the period.',
        'Partners interviewed did not recognise this as established practice.',
        'The evidence predates the period and was not refreshed.',
      ])
    : random.pick([
        'The partnership undersells itself: the evidence shows this consistently in place.',
        'Observed at the tasking meeting in the period: this is further on than the self-score says.',
      ]);
}
