/**
 * The support the National Support Framework offers partnerships, as the seed lists it. Some is
 * universal (available to every partnership as it stands); some is place-based (arranged for one
 * partnership in response to its particular issues). Hallmark links follow the hallmark whose
 * “Support” section names the offer; an offer the seed names without a hallmark links to none.
 */

export type SupportScope = 'UNIVERSAL' | 'PLACE_BASED';

/** The forms of support the seed names. */
export type SupportForm =
  | 'advice'
  | 'guidance'
  | 'information'
  | 'toolkit'
  | 'diagnostic'
  | 'best_practice'
  | 'mentoring'
  | 'peer_support'
  | 'training'
  | 'coaching'
  | 'facilitation'
  | 'funding';

/** The sources of support the seed names. */
export type SupportProvider = 'HOME_OFFICE' | 'GOVERNMENT_OFFICE' | 'HOME_OFFICE_CRIME_TEAM_WALES' | 'RIEP';

export interface SupportOffer {
  readonly id: string;
  readonly title: string;
  readonly scope: SupportScope;
  readonly form: SupportForm;
  readonly provider: SupportProvider;
  readonly hallmarkIds: readonly string[];
}

export const SUPPORT_CATALOGUE: readonly SupportOffer[] = [
  {
    id: 'induction-information',
    title: 'Induction information for new partners',
    scope: 'UNIVERSAL',
    form: 'information',
    provider: 'HOME_OFFICE',
    hallmarkIds: [],
  },
  {
    id: 'leadership-literature-review',
    title: 'Literature review: Leadership of public sector partnerships for CDRPs',
    scope: 'UNIVERSAL',
    form: 'information',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['leadership'],
  },
  {
    id: 'information-sharing-network',
    title: 'Community Safety Information Sharing Systems Network',
    scope: 'UNIVERSAL',
    form: 'peer_support',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['intelligence'],
  },
  {
    id: 'information-sharing-guidance',
    title: 'Information sharing guidance, including personalised information and the role and management of analysts',
    scope: 'UNIVERSAL',
    form: 'guidance',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['intelligence'],
  },
  {
    id: 'iscan-report',
    title: 'Report on the Government Office for the North East’s ISCAN Project',
    scope: 'UNIVERSAL',
    form: 'best_practice',
    provider: 'GOVERNMENT_OFFICE',
    hallmarkIds: ['intelligence'],
  },
  {
    id: 'community-engagement-elements',
    title: 'Key elements and linked activities for engaging communities effectively',
    scope: 'UNIVERSAL',
    form: 'toolkit',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['communities'],
  },
  {
    id: 'effective-practice-structure-case-studies',
    title: 'Case studies of effective practice models and methods for reviewing structures',
    scope: 'UNIVERSAL',
    form: 'best_practice',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['delivery'],
  },
  {
    id: 'overview-scrutiny-guidance',
    title: 'Guidance on the Overview and Scrutiny regulations',
    scope: 'UNIVERSAL',
    form: 'guidance',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['accountability'],
  },
  {
    id: 'effective-practice-database',
    title: 'Home Office Effective Practice Database',
    scope: 'UNIVERSAL',
    form: 'best_practice',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['skills'],
  },
  {
    id: 'crime-reduction-website',
    title: 'The Crime Reduction website',
    scope: 'UNIVERSAL',
    form: 'information',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['skills'],
  },
  {
    id: 'partnership-diagnostic-review',
    title: 'Partnership diagnostic review',
    scope: 'PLACE_BASED',
    form: 'diagnostic',
    provider: 'HOME_OFFICE',
    hallmarkIds: [],
  },
  {
    id: 'mentoring',
    title: 'Mentoring',
    scope: 'PLACE_BASED',
    form: 'mentoring',
    provider: 'GOVERNMENT_OFFICE',
    hallmarkIds: [],
  },
  {
    id: 'peer-led-support',
    title: 'Peer-led support',
    scope: 'PLACE_BASED',
    form: 'peer_support',
    provider: 'RIEP',
    hallmarkIds: [],
  },
  {
    id: 'executive-coaching',
    title: 'Executive committee development and executive coaching for key personnel',
    scope: 'PLACE_BASED',
    form: 'coaching',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['leadership', 'skills'],
  },
  {
    id: 'problem-solving-training',
    title: 'Problem-solving training for partnership analysts',
    scope: 'PLACE_BASED',
    form: 'training',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['intelligence', 'skills'],
  },
  {
    id: 'analyst-pump-priming',
    title: 'Pump-priming funding for the appointment of dedicated partnership analysts',
    scope: 'PLACE_BASED',
    form: 'funding',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['intelligence'],
  },
  {
    id: 'structure-facilitation',
    title: 'Facilitation and development to devise an improved structure',
    scope: 'PLACE_BASED',
    form: 'facilitation',
    provider: 'HOME_OFFICE',
    hallmarkIds: ['delivery', 'skills'],
  },
];

export function findSupportOffer(id: string): SupportOffer | undefined {
  return SUPPORT_CATALOGUE.find((offer) => offer.id === id);
}
