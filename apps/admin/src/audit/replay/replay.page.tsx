// Replay: a slider over the partnership's events in the order they occurred; wherever it comes to
// rest, the partnership as it stood at that event, replayed by the API from the history up to
// that instant. Requests wait until the slider has rested a moment, and the last state shown
// stays on screen, marked as updating, until the next arrives.
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { hasErrorCode, useGraphQLQuery } from '../../graphql';
import { auditInstant } from '../audit-dates';
import { useAuditedPartnership } from '../audit-partnership.layout';
import { partnershipAuditPath } from '../audit-sections';
import type { AuditEvent } from '../audit-trail.query';
import { useWholeAuditTrail } from '../use-whole-audit-trail';
import {
  FRAMEWORK_LABELS_QUERY,
  PARTNERSHIP_AS_OF_QUERY,
  type FrameworkLabelsData,
  type PartnershipAsOfData,
  type PartnershipAsOfVariables,
  type ReplayedPartnership,
} from './partnership-as-of.query';
import { PartnershipState } from './partnership-state';
import { replayOrder } from './replay-order';
import { ReplaySlider } from './replay-slider';
import { useDebouncedValue } from './use-debounced-value';

/** Long enough for a sweep of the slider or a run of key presses to count as one move. */
const REST_MS = 400;

export function ReplayPage() {
  const { partnershipId } = useAuditedPartnership();
  const trail = useWholeAuditTrail(partnershipId);

  if (trail.status === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Loading the history… {trail.eventsSoFar > 0 ? `${trail.eventsSoFar} events so far.` : ''}
      </p>
    );
  }
  if (trail.status === 'failed') {
    return (
      <p className="govuk-body">
        {hasErrorCode(trail.errors, 'FORBIDDEN')
          ? 'You may not see this partnership’s history.'
          : 'Sorry, there is a problem with the service. Try again later.'}
      </p>
    );
  }
  if (trail.events.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return <Replay partnershipId={partnershipId} events={replayOrder(trail.events)} />;
}

function Replay({ partnershipId, events }: { readonly partnershipId: string; readonly events: readonly AuditEvent[] }) {
  const { token } = useAuth();
  // The replay opens at the latest event: the partnership as it stands now.
  const [position, setPosition] = useState(events.length - 1);
  const restingAt = useDebouncedValue(position, REST_MS);
  const restingEvent = events[restingAt];
  const event = events[position];

  const framework = useGraphQLQuery<FrameworkLabelsData, Record<string, never>>(FRAMEWORK_LABELS_QUERY, {}, token);
  const result = useGraphQLQuery<PartnershipAsOfData, PartnershipAsOfVariables>(
    PARTNERSHIP_AS_OF_QUERY,
    { id: partnershipId, asOf: restingEvent.occurredAt },
    token,
  );

  // Keep showing the last state replayed while the next one loads, rather than a blank.
  const [shown, setShown] = useState<{ state: ReplayedPartnership; at: number } | null>(null);
  if (result.status === 'loaded' && (shown?.state !== result.data.partnership || shown.at !== restingAt)) {
    setShown({ state: result.data.partnership, at: restingAt });
  }
  const updating = result.status === 'loading' || position !== restingAt;

  return (
    <>
      <p className="govuk-body">
        Step through the {events.length} events of the partnership’s history in the order they occurred. At each one you
        see the partnership as it stood then: everything that had occurred up to that instant, replayed from its
        history.
      </p>
      <ReplaySlider events={events} position={position} onChange={setPosition} />

      <h2 className="govuk-heading-m">
        Event {position + 1} of {events.length}
      </h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Type</dt>
          <dd className="govuk-summary-list__value">{event.type}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Occurred at</dt>
          <dd className="govuk-summary-list__value">
            <time dateTime={event.occurredAt}>{auditInstant(event.occurredAt)}</time>
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Actor</dt>
          <dd className="govuk-summary-list__value">{event.actor}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Stream</dt>
          <dd className="govuk-summary-list__value">
            <span className="app-audit-code">{event.streamId}</span>, revision {event.revision}
          </dd>
        </div>
      </dl>
      <p className="govuk-body">
        <Link
          className="govuk-link"
          to={`${partnershipAuditPath(partnershipId)}?event=${encodeURIComponent(event.id)}`}
        >
          See this event’s whole envelope
        </Link>
      </p>

      <div className="govuk-visually-hidden" role="status" id="replay-status">
        {result.status === 'loaded' && !updating
          ? `Showing the partnership as of event ${restingAt + 1} of ${events.length}`
          : ''}
      </div>

      <div aria-busy={updating}>
        {updating && <p className="govuk-body govuk-!-font-weight-bold">Replaying the history to this event…</p>}
        {result.status === 'failed' && (
          <p className="govuk-body">Sorry, the partnership could not be replayed to this event. Try again later.</p>
        )}
        {shown && (
          <PartnershipState
            state={shown.state}
            framework={framework.status === 'loaded' ? framework.data.framework : null}
          />
        )}
      </div>
    </>
  );
}
