// Starting a self-assessment for a financial year. Offered to those who may self-assess when
// no assessment is open; one assessment per period, so a year already used is refused.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { TextInput } from '../govuk';
import { taskListPath } from './assessment-paths';
import { OPEN_ASSESSMENT_MUTATION, type OpenAssessmentData, type OpenAssessmentInput } from './assessment.mutations';
import type { OutcomeState } from './assessment-outcome';
import { CommandIds } from './command-ids';
import { problemsFromGraphQLErrors, UNEXPECTED_PROBLEM, type FormProblems } from './form-problems';
import { checkPeriod, OPEN_ERROR_WORDING, PERIOD_FIELD_ID, type OpenField } from './open-assessment-answers';
import { sendCommand } from './send-command';

interface OpenAssessmentFormProps {
  readonly partnershipId: string;
  /** The year after the last assessment, or empty before the first. */
  readonly suggestedPeriod: string;
  readonly problems: FormProblems<OpenField> | null;
  readonly onProblems: (problems: FormProblems<OpenField>) => void;
}

export function OpenAssessmentForm({ partnershipId, suggestedPeriod, problems, onProblems }: OpenAssessmentFormProps) {
  const { token } = useAuth();
  const navigate = useNavigate();
  const [period, setPeriod] = useState(suggestedPeriod);
  const [ids] = useState(() => new CommandIds());
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const missing = checkPeriod(period);
    if (missing) {
      onProblems(missing);
      return;
    }
    setSubmitting(true);
    const result = await sendCommand<OpenAssessmentData, OpenAssessmentInput>(
      OPEN_ASSESSMENT_MUTATION,
      (commandId) => ({ partnershipId, period: period.trim(), commandId }),
      ids,
      token,
    );
    setSubmitting(false);
    if (result.outcome === 'done') {
      const state: OutcomeState = { outcome: { kind: 'opened', period: result.data.openAssessment.period } };
      void navigate(taskListPath(partnershipId), { state });
    } else if (result.outcome === 'refused') {
      onProblems(problemsFromGraphQLErrors(result.errors, OPEN_ERROR_WORDING));
    } else {
      onProblems({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="govuk-heading-m">Start a self-assessment</h2>
      <TextInput
        id={PERIOD_FIELD_ID}
        name="period"
        label="Which financial year is it for?"
        hint="For example, 2012-13"
        value={period}
        onChange={setPeriod}
        error={problems?.fieldErrors.period}
        widthClass="govuk-input--width-5"
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="govuk-button">
        Start self-assessment
      </button>
    </form>
  );
}
