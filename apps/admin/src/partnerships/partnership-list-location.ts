// Where the partnerships list is: its filters and page cursor live in the query string, so any
// view can be linked to; the cursors of the pages before it live in history state, because the
// API pages forward only and "Previous" needs to know where the last page started.
import type { To } from 'react-router';
import { isPartnershipType, type PartnershipType } from './partnership-type';

export interface PartnershipListFilters {
  readonly region: string | null;
  readonly type: PartnershipType | null;
}

export interface PartnershipListLocation extends PartnershipListFilters {
  /** Cursor after which this page starts; null for the first page. */
  readonly after: string | null;
  /** Where each earlier page started, oldest first; null stands for the first page. */
  readonly previousPages: readonly (string | null)[];
}

export interface PageLink {
  readonly to: To;
  readonly state: PagingState;
}

export interface PagingState {
  readonly previousPages: readonly (string | null)[];
}

export function readListLocation(search: URLSearchParams, state: unknown): PartnershipListLocation {
  const type = search.get('type');
  return {
    region: search.get('region') || null,
    type: isPartnershipType(type) ? type : null,
    after: search.get('after') || null,
    previousPages: readPreviousPages(state),
  };
}

/** The query string for a set of filters, starting again from the first page. */
export function listSearch(filters: PartnershipListFilters, after: string | null = null): string {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.type) params.set('type', filters.type);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function nextPageLink(location: PartnershipListLocation, endCursor: string): PageLink {
  return {
    to: { pathname: '/', search: listSearch(location, endCursor) },
    state: { previousPages: [...location.previousPages, location.after] },
  };
}

/**
 * The page before this one. Arriving from a shared link there is no trail, so "Previous" goes
 * back to the first page rather than nowhere.
 */
export function previousPageLink(location: PartnershipListLocation): PageLink | null {
  if (location.after === null) return null;
  const trail = location.previousPages;
  const previousAfter = trail.length > 0 ? (trail[trail.length - 1] ?? null) : null;
  return {
    to: { pathname: '/', search: listSearch(location, previousAfter) },
    state: { previousPages: trail.slice(0, -1) },
  };
}

function readPreviousPages(state: unknown): readonly (string | null)[] {
  if (typeof state !== 'object' || state === null) return [];
  const pages = (state as { previousPages?: unknown }).previousPages;
  if (!Array.isArray(pages)) return [];
  return pages.filter((page): page is string | null => page === null || typeof page === 'string');
}
