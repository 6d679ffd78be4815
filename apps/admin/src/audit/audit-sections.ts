// The sections of a partnership's audit, each at its own address under /audit/partnerships/:id,
// and which one a path is in.

export interface AuditSection {
  /** Relative to the partnership's audit; '' is the events, where the audit starts. */
  readonly path: string;
  /** In the sub navigation. */
  readonly navText: string;
  /** The page's main heading. */
  readonly title: string;
}

export const AUDIT_SECTIONS: readonly AuditSection[] = [
  { path: '', navText: 'Events', title: 'Events' },
  { path: 'replay', navText: 'Replay', title: 'Replay the history' },
  { path: 'compare', navText: 'Compare assessments', title: 'Compare two assessments' },
  { path: 'verify', navText: 'Verify', title: 'Verify the history' },
  { path: 'export', navText: 'Export', title: 'Export the audit trail' },
];

export function partnershipAuditPath(partnershipId: string, section = ''): string {
  const base = `/audit/partnerships/${encodeURIComponent(partnershipId)}`;
  return section ? `${base}/${section}` : base;
}

/** The section a path belongs to; the events for the partnership's own address or anything unknown. */
export function sectionOfPath(pathname: string, partnershipId: string): AuditSection {
  const base = partnershipAuditPath(partnershipId);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).replace(/^\/+|\/+$/g, '') : '';
  return AUDIT_SECTIONS.find((section) => section.path === rest) ?? AUDIT_SECTIONS[0];
}
