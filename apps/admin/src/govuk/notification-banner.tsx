// GOV.UK success notification banner. Like GOV.UK Frontend's script, it takes focus when it
// appears, because it reports the outcome of what the user just did.
import { useEffect, useRef, type ReactNode } from 'react';

interface SuccessBannerProps {
  readonly heading: string;
  readonly children?: ReactNode;
}

export function SuccessBanner({ heading, children }: SuccessBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="govuk-notification-banner-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="govuk-notification-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
