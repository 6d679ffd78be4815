// The sections of a partnership's page, as its sub navigation lists them, and which one a path is in.

export interface PartnershipSection {
  readonly text: string;
  /** The child route's path; '' for the overview, the index route. */
  readonly path: string;
}

export const PARTNERSHIP_SECTIONS: readonly PartnershipSection[] = [
  { text: 'Overview', path: '' },
  { text: 'Assessment', path: 'assessment' },
  { text: 'Support', path: 'support' },
  { text: 'Actions', path: 'actions' },
  { text: 'Timeline', path: 'timeline' },
];

/** The partnership page's own address: its overview. */
export function partnershipPath(partnershipId: string): string {
  return `/partnerships/${encodeURIComponent(partnershipId)}`;
}

export function sectionPath(partnershipId: string, section: PartnershipSection): string {
  const base = partnershipPath(partnershipId);
  return section.path ? `${base}/${section.path}` : base;
}

/**
 * The section a path belongs to: the overview for the page itself, otherwise the section named by
 * the first segment after the partnership (so pages deeper in a section keep it highlighted).
 */
export function currentSection(partnershipId: string, pathname: string): PartnershipSection | null {
  const base = partnershipPath(partnershipId);
  const rest = pathname.replace(/\/+$/, '');
  if (rest === base) return PARTNERSHIP_SECTIONS[0] ?? null;
  if (!rest.startsWith(`${base}/`)) return null;
  const segment = rest.slice(base.length + 1).split('/')[0];
  return PARTNERSHIP_SECTIONS.find((section) => section.path !== '' && section.path === segment) ?? null;
}
