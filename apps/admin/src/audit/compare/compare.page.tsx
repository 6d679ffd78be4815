// Compare two assessments: choose two of the partnership's assessments (its history says which
// there are), and see each hallmark's and criterion's effective score in both, with gains,
// losses and level changes as tags. The pair is in the address, so a comparison can be linked to.
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { hasErrorCode, useGraphQLQuery } from '../../graphql';
import { PageTitle } from '../../govuk';
import { useAuditedPartnership } from '../audit-partnership.layout';
import { useWholeAuditTrail } from '../use-whole-audit-trail';
import { assessmentChoices, defaultPair } from './assessment-choices';
import {
  COMPARE_ASSESSMENTS_QUERY,
  type CompareAssessmentsData,
  type CompareAssessmentsVariables,
} from './compare-assessments.query';
import { CompareForm, type ComparedPair } from './compare-form';
import { ComparisonTables } from './comparison-tables';

export function ComparePage() {
  const { partnershipId, partnership } = useAuditedPartnership();
  const trail = useWholeAuditTrail(partnershipId);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [hasError, setHasError] = useState(false);
  const submitted = useRef(false);

  if (trail.status === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Finding the partnership’s assessments…
      </p>
    );
  }
  if (trail.status === 'failed') {
    return <p className="govuk-body">Sorry, there is a problem with the service. Try again later.</p>;
  }

  const choices = assessmentChoices(trail.events);
  const initial = defaultPair(choices);
  if (!initial) {
    return (
      <p className="govuk-body">
        {choices.length === 0
          ? 'This partnership has not opened an assessment yet, so there is nothing to compare.'
          : `This partnership has one assessment (${choices[0]?.period ?? ''}), so there is nothing to compare it with.`}
      </p>
    );
  }

  const known = new Set(choices.map((choice) => choice.assessmentId));
  const a = searchParams.get('a');
  const b = searchParams.get('b');
  const asked: ComparedPair | null = a && b && a !== b && known.has(a) && known.has(b) ? { a, b } : null;

  return (
    <>
      <PageTitle title={`Compare two assessments${partnership ? `: ${partnership.name}` : ''}`} hasErrors={hasError} />
      <p className="govuk-body">
        Choose two of the partnership’s {choices.length} assessments to see how its scores moved from the first to the
        second.
      </p>
      <CompareForm
        choices={choices}
        initial={asked ?? initial}
        onErrorChange={setHasError}
        onCompare={(pair) => {
          submitted.current = true;
          void navigate({ search: `?${new URLSearchParams({ a: pair.a, b: pair.b }).toString()}` });
        }}
      />
      {asked && !hasError && <ComparisonResult pair={asked} focusWhenShown={submitted} />}
    </>
  );
}

function ComparisonResult({
  pair,
  focusWhenShown,
}: {
  readonly pair: ComparedPair;
  /** Set when the comparison was just asked for, so focus moves to it once it arrives. */
  readonly focusWhenShown: { current: boolean };
}) {
  const { token } = useAuth();
  const result = useGraphQLQuery<CompareAssessmentsData, CompareAssessmentsVariables>(
    COMPARE_ASSESSMENTS_QUERY,
    pair,
    token,
  );
  const loaded = result.status === 'loaded';
  useEffect(() => {
    if (!loaded || !focusWhenShown.current) return;
    focusWhenShown.current = false;
    document.getElementById('comparison-heading')?.focus();
  }, [loaded, focusWhenShown]);

  if (result.status === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Comparing…
      </p>
    );
  }
  if (result.status === 'failed') {
    return (
      <p className="govuk-body">
        {hasErrorCode(result.errors, 'BAD_USER_INPUT')
          ? (result.errors[0]?.message ?? 'These two assessments cannot be compared.')
          : 'Sorry, there is a problem with the service. Try again later.'}
      </p>
    );
  }
  return <ComparisonTables data={result.data} />;
}
