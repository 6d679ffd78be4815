import type { SupportDecision, SupportForm, SupportOffer } from '@nsf/domain';
import type { RandomSource } from './random-source';

/** The words of the demo support cases: needs, decision rationales and delivery notes. */

const NEEDS: Readonly<Record<string, readonly string[]>> = {
  leadership: [
    'the board does not yet set shared priorities that every partner signs up to',
    'senior partners from health and probation rarely attend the board',
  ],
  intelligence: [
    'the strategic assessment is not yet used to set priorities or task resources',
    'our analysts cannot yet work the hotspots through problem-solving',
  ],
  communities: [
    'residents are consulted but their priorities do not reach the partnership plan',
    'PACT meetings are poorly attended outside the town centre',
  ],
  delivery: [
    'theme groups overlap and no one tracks whether actions are delivered',
    'the delivery structure has not caught up with the merger of two theme groups',
  ],
  accountability: [
    'scrutiny of the partnership by councillors has not started',
    'performance is not reported to residents in a form they can use',
  ],
  skills: [
    'new partners get no induction and officers have not had problem-solving training',
    'there is no plan for the skills the partnership needs',
  ],
};

export function needFor(
  hallmark: { readonly id: string; readonly title: string },
  period: string,
  average: number,
  random: RandomSource,
): string {
  return `The validated ${period} assessment puts ${hallmark.title} at ${average.toFixed(1)} on average: ${random.pick(NEEDS[hallmark.id] ?? NEEDS['leadership'])}.`;
}

export function decisionRationale(
  decision: SupportDecision,
  offer: SupportOffer,
  context: { readonly hallmarkTitle: string; readonly period: string; readonly again: boolean },
  random: RandomSource,
): string {
  const basis = `the validated ${context.period} assessment shows ${context.hallmarkTitle} as a weakness`;
  switch (decision) {
    case 'APPROVED':
      return context.again
        ? `Approved now that the ${offer.provider === 'RIEP' ? 'RIEP' : 'regional'} budget for the year is confirmed: ${basis}.`
        : random.pick([
            `Approved: ${basis}, and “${offer.title}” addresses it directly.`,
            `Approved: ${basis}; the partnership has a named lead to take the support forward.`,
          ]);
    case 'DECLINED':
      return random.pick([
        `Declined: ${basis}, but the universal guidance already covers this need; work through it first and ask again if the next assessment still shows the gap.`,
        `Declined: ${basis}, but the partnership has not yet acted on the support it received last year.`,
      ]);
    case 'DEFERRED':
      return `Deferred: ${basis}, but this year’s allocation is committed; to be decided again when next year’s budget is known.`;
    default: {
      const _exhaustive: never = decision;
      return _exhaustive;
    }
  }
}

const DELIVERY_NOTES: Readonly<Record<SupportForm, readonly string[]>> = {
  advice: ['Advice given at two meetings with the community safety manager'],
  guidance: ['Guidance sent to the partnership and talked through at the board'],
  information: ['Sent to every partner and discussed at the board'],
  toolkit: ['Toolkit introduced at a half-day session for the theme group leads'],
  diagnostic: ['Diagnostic review by peers and the Government Office; report presented to the board'],
  best_practice: ['Case studies shared and a visit arranged to a partnership that uses the approach'],
  mentoring: ['A mentor from a neighbouring partnership met the lead officer four times'],
  peer_support: ['Peer visit and follow-up workshop with a partnership of similar size'],
  training: ['Two-day course for analysts, neighbourhood officers and council staff'],
  coaching: ['Six coaching sessions with the partnership chair'],
  facilitation: ['Facilitated workshop that redesigned the theme groups; new structure agreed by the board'],
  funding: ['Analyst post part-funded for six months; first problem profile delivered'],
};

export function deliveryNotes(offer: SupportOffer, random: RandomSource): string {
  return random.pick(DELIVERY_NOTES[offer.form]);
}
