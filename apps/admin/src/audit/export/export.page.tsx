// Export: the partnership's whole audit trail, fetched page by page, offered as a JSON file (every
// envelope) and a CSV file (one row per event), both made in the browser. Fetching the trail is
// an auditor's read like any other, and is recorded by the API.
import { useState } from 'react';
import { useAuth } from '../../auth';
import { hasErrorCode } from '../../graphql';
import { auditInstant } from '../audit-dates';
import { useAuditedPartnership } from '../audit-partnership.layout';
import { useWholeAuditTrail } from '../use-whole-audit-trail';
import { DownloadLinks } from './download-links';

export function ExportPage() {
  const { partnershipId, partnership } = useAuditedPartnership();
  const { user } = useAuth();
  const trail = useWholeAuditTrail(partnershipId);
  // The instant the export stands for: when its trail arrived.
  const [fetchedAt, setFetchedAt] = useState<{ events: unknown; at: string } | null>(null);
  if (trail.status === 'loaded' && fetchedAt?.events !== trail.events) {
    setFetchedAt({ events: trail.events, at: new Date().toISOString() });
  }

  if (trail.status === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Fetching the audit trail… {trail.eventsSoFar > 0 ? `${trail.eventsSoFar} events so far.` : ''}
      </p>
    );
  }
  if (trail.status === 'failed') {
    return (
      <p className="govuk-body">
        {hasErrorCode(trail.errors, 'FORBIDDEN')
          ? 'You may not see this partnership’s history.'
          : 'Sorry, the audit trail could not be fetched. Try again later.'}
      </p>
    );
  }

  const { events } = trail;
  return (
    <>
      <p className="govuk-body" role="status">
        The audit trail holds {events.length} {events.length === 1 ? 'event' : 'events'}, fetched at{' '}
        {fetchedAt ? auditInstant(fetchedAt.at) : 'this moment'}.
      </p>
      {fetchedAt && (
        <DownloadLinks
          partnershipId={partnershipId}
          partnershipName={partnership?.name ?? null}
          exportedBy={user?.username ?? null}
          events={events}
          exportedAt={fetchedAt.at}
        />
      )}
      <p className="govuk-body">
        Both files hold the trail as it was fetched when you opened this page. To check a file against the record later,
        verify the history and compare its hashes.
      </p>
    </>
  );
}
