// The three kinds of partnership the framework covers, and which country each belongs to.

export const PARTNERSHIP_TYPES = ['CDRP', 'DAAT', 'CSP'] as const;

export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

interface PartnershipTypeDescription {
  readonly name: string;
  readonly country: 'England' | 'Wales';
  /** A GOV.UK tag colour modifier (none: the default blue), so the types are told apart at a glance. */
  readonly tagClass: string;
}

export const PARTNERSHIP_TYPE_DESCRIPTIONS: Readonly<Record<PartnershipType, PartnershipTypeDescription>> = {
  CDRP: { name: 'Crime and Disorder Reduction Partnership', country: 'England', tagClass: '' },
  DAAT: { name: 'Drug and Alcohol Action Team', country: 'England', tagClass: 'govuk-tag--purple' },
  CSP: { name: 'Community Safety Partnership', country: 'Wales', tagClass: 'govuk-tag--green' },
};

export function isPartnershipType(value: unknown): value is PartnershipType {
  return typeof value === 'string' && (PARTNERSHIP_TYPES as readonly string[]).includes(value);
}
