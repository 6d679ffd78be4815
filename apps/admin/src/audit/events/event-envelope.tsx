// One event's whole envelope as a GOV.UK summary list. It takes focus when it opens, so keyboard
// and screen reader users land on what they chose rather than on a link that has gone.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { AuditEvent } from '../audit-trail.query';
import { envelopeRows, eventName, type EnvelopeValue } from './envelope-rows';

interface EventEnvelopeProps {
  readonly event: AuditEvent;
  /** Where "Back to the events" leads. */
  readonly backTo: string;
}

export function EventEnvelope({ event, backTo }: EventEnvelopeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [event.id]);

  return (
    <section aria-labelledby="event-envelope-heading">
      <Link className="govuk-back-link" to={backTo}>
        Back to the events
      </Link>
      <h2 className="govuk-heading-m" id="event-envelope-heading" tabIndex={-1} ref={heading}>
        {eventName(event)}
      </h2>
      <p className="govuk-body">The event’s whole envelope, as the event store holds it.</p>
      <dl className="govuk-summary-list">
        {envelopeRows(event).map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">
              <EnvelopeValueView value={row.value} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function EnvelopeValueView({ value }: { readonly value: EnvelopeValue }) {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'code':
      return <code className="app-audit-code">{value.text}</code>;
    case 'instant':
      return (
        <>
          <time dateTime={value.iso}>{value.text}</time>
          <br />
          <code className="app-audit-code">{value.iso}</code>
        </>
      );
    case 'json':
      return (
        <pre className="app-audit-json">
          <code>{value.text}</code>
        </pre>
      );
    default: {
      const _exhaustive: never = value;
      return _exhaustive;
    }
  }
}
