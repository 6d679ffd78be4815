// Verify: recompute the hash chain of every stream of the partnership's history from the event
// store, when the auditor asks (each verification is itself recorded), and show what it found.
import { useState } from 'react';
import { useAuth } from '../../auth';
import { graphqlRequest, hasErrorCode, type GraphQLErrorItem } from '../../graphql';
import { useAuditedPartnership } from '../audit-partnership.layout';
import { VerificationResult } from './verification-result';
import {
  VERIFY_HISTORY_QUERY,
  type HistoryVerification,
  type VerifyHistoryData,
  type VerifyHistoryVariables,
} from './verify-history.query';

type Run =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly run: number; readonly verification: HistoryVerification; readonly at: string }
  | { readonly status: 'failed'; readonly errors: readonly GraphQLErrorItem[] };

export function VerifyPage() {
  const { partnershipId } = useAuditedPartnership();
  const { token } = useAuth();
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [runs, setRuns] = useState(0);

  const verify = () => {
    if (run.status === 'running') return;
    const number = runs + 1;
    setRuns(number);
    setRun({ status: 'running' });
    graphqlRequest<VerifyHistoryData, VerifyHistoryVariables>(VERIFY_HISTORY_QUERY, { partnershipId }, { token }).then(
      (result) =>
        setRun(
          result.ok
            ? { status: 'done', run: number, verification: result.data.verifyHistory, at: new Date().toISOString() }
            : { status: 'failed', errors: result.errors },
        ),
      () => setRun({ status: 'failed', errors: [] }),
    );
  };

  return (
    <>
      <p className="govuk-body">
        Each event’s hash covers its content and the hash of the event before it in its stream. Verifying reads every
        stream of the partnership’s history back from the event store, recomputes each hash and checks the links, so any
        event altered, removed or replaced after it was recorded is found.
      </p>
      <div role="status" className="govuk-visually-hidden">
        {run.status === 'running' ? 'Verifying the history…' : ''}
      </div>
      {run.status === 'done' && (
        <VerificationResult key={run.run} verification={run.verification} verifiedAt={run.at} />
      )}
      {run.status === 'failed' && (
        <p className="govuk-body">
          {hasErrorCode(run.errors, 'FORBIDDEN')
            ? 'You may not verify this partnership’s history.'
            : 'Sorry, the history could not be verified. Try again later.'}
        </p>
      )}
      <button
        type="button"
        className="govuk-button"
        onClick={verify}
        aria-disabled={run.status === 'running' || undefined}
      >
        {run.status === 'done' ? 'Verify the history again' : 'Verify the history'}
      </button>
    </>
  );
}
