// The event inspector: a partnership's events page by page ("Load more"), and any one of them
// with its whole envelope. The chosen event is in the address (?event=<id>), so the browser's
// Back button returns to the list, which stays loaded underneath, focus returning to its row.
import { useEffect, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../graphql';
import { useAuditedPartnership } from '../audit-partnership.layout';
import { EventEnvelope } from './event-envelope';
import { EventsTable, viewLinkId } from './events-table';
import { useTrailPages } from './use-trail-pages';

export function AuditEventsPage() {
  const { partnershipId } = useAuditedPartnership();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const selectedId = searchParams.get('event');
  const pages = useTrailPages(partnershipId);
  const selected = selectedId ? pages.events.find((event) => event.id === selectedId) : undefined;
  const searching = Boolean(selectedId) && !selected && pages.hasNextPage;

  // An event linked to from elsewhere (the replay) may lie beyond the pages loaded: load on to it.
  const { status, loadMore } = pages;
  useEffect(() => {
    if (searching && status === 'ready') loadMore();
  }, [searching, status, loadMore]);

  // After "Load more", focus moves to the first new row, where reading carries on.
  const loadMorePressed = useRef(false);
  useEffect(() => {
    if (!loadMorePressed.current || status !== 'ready') return;
    loadMorePressed.current = false;
    const first = pages.events[pages.firstNewIndex];
    if (first) document.getElementById(viewLinkId(first.id))?.focus();
  }, [status, pages.events, pages.firstNewIndex]);

  // Back from an envelope, focus returns to the link that opened it.
  const lastShown = useRef<string | null>(null);
  useEffect(() => {
    if (selected) {
      lastShown.current = selected.id;
    } else if (!selectedId && lastShown.current) {
      document.getElementById(viewLinkId(lastShown.current))?.focus();
      lastShown.current = null;
    }
  }, [selected, selectedId]);

  if (pages.status === 'failed') {
    return (
      <p className="govuk-body">
        {hasErrorCode(pages.errors, 'FORBIDDEN')
          ? 'You may not see this partnership’s history.'
          : hasErrorCode(pages.errors, 'UNAUTHENTICATED')
            ? 'Your session has ended. Sign in again to see the events.'
            : 'Sorry, there is a problem with the service. Try again later.'}
      </p>
    );
  }

  const count = pages.events.length;
  const caption = pages.hasNextPage ? `The first ${count} events, oldest first` : `All ${count} events, oldest first`;
  const unknownEvent = Boolean(selectedId) && !selected && !searching && pages.status === 'ready';

  return (
    <>
      <div className="govuk-visually-hidden" role="status">
        {pages.status === 'ready' && !selectedId ? `Showing ${count} events` : ''}
      </div>

      {selected && <EventEnvelope event={selected} backTo={pathname} />}
      {selectedId && !selected && (searching || pages.status === 'loading') && (
        <p className="govuk-body">Finding the event…</p>
      )}
      {unknownEvent && (
        <>
          <p className="govuk-body">There is no such event in this partnership’s history.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={pathname}>
              Back to the events
            </Link>
          </p>
        </>
      )}

      <div hidden={Boolean(selectedId)}>
        <p className="govuk-body">
          Every event of the partnership’s history, on all its streams, in the order the event store recorded them.
          Choose “View” to see an event’s whole envelope, with its hash and the hash of the event before it.
        </p>
        {count > 0 && (
          <EventsTable
            caption={caption}
            events={pages.events}
            envelopeLink={(event) => `${pathname}?event=${encodeURIComponent(event.id)}`}
          />
        )}
        {pages.status === 'ready' && count === 0 && <p className="govuk-body">Nothing has been recorded yet.</p>}
        {pages.status === 'loading' && <p className="govuk-body">Loading the events…</p>}
        {pages.status === 'ready' && pages.hasNextPage && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              loadMorePressed.current = true;
              loadMore();
            }}
          >
            Load more<span className="govuk-visually-hidden"> events</span>
          </button>
        )}
      </div>
    </>
  );
}
