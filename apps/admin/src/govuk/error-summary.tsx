// GOV.UK error summary: takes focus when it appears, so screen reader users hear the problems
// at once, and each item links to its field, or to the page where it is put right.
import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { focusField } from './focus-field';

export interface ErrorSummaryItem {
  readonly message: string;
  /** The id of the field to link to; without one the problem is listed as plain text. */
  readonly targetId?: string;
  /** A page of the app to link to instead, e.g. a question still to answer on a check-answers page. */
  readonly to?: string;
}

interface ErrorSummaryProps {
  readonly items: readonly ErrorSummaryItem[];
}

export function ErrorSummary({ items }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  // The parent keys this component by submission, so every failed attempt remounts and refocuses.
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    // A plain fragment jump would scroll the input under the viewport top and not focus it.
    if (focusField(targetId)) event.preventDefault();
  };

  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={`${item.to ?? item.targetId ?? ''}:${item.message}`}>
                {item.to ? (
                  <Link to={item.to}>{item.message}</Link>
                ) : item.targetId ? (
                  <a href={`#${item.targetId}`} onClick={(event) => onLinkClick(event, item.targetId as string)}>
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
