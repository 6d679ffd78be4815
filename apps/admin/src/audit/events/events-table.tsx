// The events of a partnership's history as a table, oldest first: when each occurred, what it
// was, on which stream at which revision, who caused it and when it was recorded. Each row links
// to the event's whole envelope. It may be wider than the page on a small screen, so it scrolls
// sideways in a region that keyboard users can focus.
import { Link } from 'react-router';
import { auditInstant } from '../audit-dates';
import type { AuditEvent } from '../audit-trail.query';
import { eventName } from './envelope-rows';

interface EventsTableProps {
  readonly caption: string;
  readonly events: readonly AuditEvent[];
  /** The address of the envelope of an event. */
  readonly envelopeLink: (event: AuditEvent) => string;
}

export function viewLinkId(eventId: string): string {
  return `view-event-${eventId}`;
}

export function EventsTable({ caption, events, envelopeLink }: EventsTableProps) {
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="audit-events-caption" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet app-audit-events">
        <caption className="govuk-table__caption govuk-table__caption--m" id="audit-events-caption">
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Occurred at
            </th>
            <th scope="col" className="govuk-table__header">
              Type
            </th>
            <th scope="col" className="govuk-table__header">
              Stream
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Revision
            </th>
            <th scope="col" className="govuk-table__header">
              Actor
            </th>
            <th scope="col" className="govuk-table__header">
              Recorded at
            </th>
            <th scope="col" className="govuk-table__header">
              Envelope
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event) => (
            <tr className="govuk-table__row" key={event.id}>
              <th scope="row" className="govuk-table__header">
                <time dateTime={event.occurredAt}>{auditInstant(event.occurredAt)}</time>
              </th>
              <td className="govuk-table__cell">{event.type}</td>
              <td className="govuk-table__cell">
                <span className="app-audit-code">{event.streamId}</span>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{event.revision}</td>
              <td className="govuk-table__cell">{event.actor}</td>
              <td className="govuk-table__cell">
                <time dateTime={event.recordedAt}>{auditInstant(event.recordedAt)}</time>
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" id={viewLinkId(event.id)} to={envelopeLink(event)}>
                  View<span className="govuk-visually-hidden"> the envelope of {eventName(event)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
