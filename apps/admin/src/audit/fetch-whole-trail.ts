// Follows the audit trail's cursors from the first page to the last, for the screens that need
// every event at once (the replay slider, the list of assessments, the export).
import type { GraphQLErrorItem } from '../graphql';
import type { AuditEvent } from './audit-trail.query';
import type { TrailPageOutcome } from './request-trail-page';

export type WholeTrailOutcome =
  | { readonly ok: true; readonly events: readonly AuditEvent[] }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

/**
 * `fetchPage(after)` gives the page after a cursor (null: the first page). `onProgress` hears how
 * many events have arrived so far. A server that says there is more but gives no new cursor
 * would keep this asking for ever, so that is reported as a failure instead.
 */
export async function fetchWholeTrail(
  fetchPage: (after: string | null) => Promise<TrailPageOutcome>,
  onProgress: (eventsSoFar: number) => void = () => undefined,
): Promise<WholeTrailOutcome> {
  const events: AuditEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const outcome = await fetchPage(after);
    if (!outcome.ok) return outcome;
    events.push(...outcome.page.events);
    onProgress(events.length);
    if (!outcome.page.hasNextPage) return { ok: true, events };
    const next = outcome.page.endCursor;
    if (!next || next === after) {
      return { ok: false, errors: [{ message: 'The audit trail did not say where its next page starts.' }] };
    }
    after = next;
  }
}
