// The framework's support offers, and how each is described when choosing one: its scope, who
// provides it, its form, and the hallmarks it serves.

export type SupportScope = 'UNIVERSAL' | 'PLACE_BASED';

export interface SupportOffer {
  readonly id: string;
  readonly title: string;
  readonly scope: SupportScope;
  readonly form: string;
  readonly provider: string;
  readonly hallmarkIds: readonly string[];
}

export interface HallmarkTitle {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

const SCOPES: Readonly<Record<SupportScope, string>> = {
  UNIVERSAL: 'Universal support',
  PLACE_BASED: 'Place-based support',
};

const PROVIDERS: Readonly<Record<string, string>> = {
  HOME_OFFICE: 'the Home Office',
  GOVERNMENT_OFFICE: 'the Government Office',
  HOME_OFFICE_CRIME_TEAM_WALES: 'the Home Office Crime Team in Wales',
  RIEP: 'a Regional Improvement and Efficiency Partnership',
};

const FORMS: Readonly<Record<string, string>> = {
  ADVICE: 'advice',
  BEST_PRACTICE: 'best practice',
  COACHING: 'coaching',
  DIAGNOSTIC: 'diagnostic',
  FACILITATION: 'facilitation',
  FUNDING: 'funding',
  GUIDANCE: 'guidance',
  INFORMATION: 'information',
  MENTORING: 'mentoring',
  PEER_SUPPORT: 'peer support',
  TOOLKIT: 'toolkit',
  TRAINING: 'training',
};

export function findOffer(offers: readonly SupportOffer[], offerId: string): SupportOffer | undefined {
  return offers.find((offer) => offer.id === offerId);
}

/** The offer's title, or its id when the catalogue does not list it. */
export function offerTitle(offers: readonly SupportOffer[], offerId: string): string {
  return findOffer(offers, offerId)?.title ?? offerId;
}

/** e.g. "Empowered & Effective Leadership and Appropriate Skills & Knowledge", or partnership working as a whole. */
export function hallmarksWording(offer: SupportOffer, hallmarks: readonly HallmarkTitle[]): string {
  if (offer.hallmarkIds.length === 0) return 'partnership working as a whole';
  return listWording(offer.hallmarkIds.map((id) => hallmarkTitle(hallmarks, id)));
}

/** e.g. "Place-based support from the Home Office (training). Serves: Intelligence-led Business Processes and …" */
export function offerDescription(offer: SupportOffer, hallmarks: readonly HallmarkTitle[]): string {
  const provider = PROVIDERS[offer.provider] ?? offer.provider;
  const form = FORMS[offer.form] ?? offer.form.toLowerCase();
  return `${SCOPES[offer.scope]} from ${provider} (${form}). Serves ${hallmarksWording(offer, hallmarks)}.`;
}

export function hallmarkTitle(hallmarks: readonly HallmarkTitle[], hallmarkId: string): string {
  return hallmarks.find((hallmark) => hallmark.id === hallmarkId)?.title ?? hallmarkId;
}

function listWording(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
