// The result of one verification: a success banner when every stream's chain holds, an error
// summary naming what broke when one does not, then every stream with what was checked.
import { SuccessBanner } from '../../govuk';
import { auditInstant } from '../audit-dates';
import { BrokenHistorySummary } from './broken-history-summary';
import { verificationOutcome } from './verification-outcome';
import type { HistoryVerification } from './verify-history.query';

interface VerificationResultProps {
  readonly verification: HistoryVerification;
  readonly verifiedAt: string;
}

export function VerificationResult({ verification, verifiedAt }: VerificationResultProps) {
  const outcome = verificationOutcome(verification);
  return (
    <>
      {outcome.intact ? (
        <SuccessBanner heading="The history is intact">
          <p className="govuk-body">{outcome.summary}</p>
        </SuccessBanner>
      ) : (
        <BrokenHistorySummary summary={outcome.summary} altered={outcome.altered} />
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Streams verified at <time dateTime={verifiedAt}>{auditInstant(verifiedAt)}</time>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Stream
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Events checked
            </th>
            <th scope="col" className="govuk-table__header">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {verification.streams.map((stream) => (
            <tr className="govuk-table__row" key={stream.streamId}>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                <span className="app-audit-code">{stream.streamId}</span>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{stream.eventsChecked}</td>
              <td className="govuk-table__cell">
                {stream.valid ? (
                  <strong className="govuk-tag govuk-tag--green">Intact</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--red">
                    Altered at revision {stream.firstAlteredEvent?.revision ?? '?'}
                  </strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
