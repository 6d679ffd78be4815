// A history that failed verification, in the GOV.UK error summary's style: a red-bordered box
// that takes focus, says what broke and where, stream by stream.
import { useEffect, useRef } from 'react';
import type { AlteredStream } from './verification-outcome';

export function BrokenHistorySummary({
  summary,
  altered,
}: {
  readonly summary: string;
  readonly altered: readonly AlteredStream[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">The history has been altered</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{summary}</p>
          <ul className="govuk-list govuk-error-summary__list">
            {altered.map((stream) => (
              <li key={stream.streamId || stream.problem}>{stream.problem}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
