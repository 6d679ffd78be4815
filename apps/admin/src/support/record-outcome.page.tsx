// Recording the outcome of delivered support, once: the validated assessment of a period ending
// after the delivery to read it from, and what the partnership made of it. The API works out,
// per hallmark the offer serves, whether the average level improved against the period before.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth';
import { Radios, Textarea, type RadioItem } from '../govuk';
import { CaseFormScreen, type CaseInForm } from './case-form-screen';
import { calendarDay, dayOf } from './evidence';
import { assessmentsShowingOutcome, validatedAssessmentsFrom } from './outcome-assessments';
import {
  checkOutcome,
  EMPTY_OUTCOME,
  OUTCOME_FIELDS,
  OUTCOME_FIELD_IDS,
  OUTCOME_FORBIDDEN,
  toOutcomeInput,
  type OutcomeField,
  type OutcomeValues,
} from './record-outcome-form';
import { RECORD_SUPPORT_OUTCOME_MUTATION, type AnsweredCase } from './support-case.mutations';
import { noticeState } from './support-notice';
import { casePath } from './support-paths';
import { useCommandForm, type CommandForm } from './use-command-form';

export function RecordOutcomePage() {
  const { token } = useAuth();
  const form = useCommandForm<OutcomeField>(token, OUTCOME_FIELDS, OUTCOME_FORBIDDEN);
  return (
    <CaseFormScreen
      title="Record the outcome"
      action="outcome"
      form={form}
      fieldOrder={OUTCOME_FIELDS}
      fieldIds={OUTCOME_FIELD_IDS}
    >
      {(loaded) => <RecordOutcomeForm loaded={loaded} form={form} />}
    </CaseFormScreen>
  );
}

function RecordOutcomeForm({
  loaded,
  form,
}: {
  readonly loaded: CaseInForm;
  readonly form: CommandForm<OutcomeField>;
}) {
  const { partnershipId = '' } = useParams();
  const navigate = useNavigate();
  const [values, setValues] = useState<OutcomeValues>(EMPTY_OUTCOME);
  const { supportCase, history } = loaded;
  const deliveredOn = supportCase.delivery?.deliveredOn ?? '';
  const assessments = assessmentsShowingOutcome(validatedAssessmentsFrom(history), deliveredOn);
  const errors = form.problems?.fieldErrors ?? {};

  if (assessments.length === 0) {
    return (
      <p className="govuk-body">
        The support was delivered on {calendarDay(deliveredOn)}. No assessment of a period ending after then has been
        validated yet: the outcome can be recorded once one is.
      </p>
    );
  }

  const items: RadioItem[] = assessments.map((assessment) => ({
    value: assessment.assessmentId,
    text: `The ${assessment.period} self-assessment`,
    hint: `Validated on ${dayOf(assessment.validatedAt)}.`,
  }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = checkOutcome(values);
    if (missing) return form.show(missing);
    const sent = await form.send<{ recordSupportOutcome: AnsweredCase }>(
      RECORD_SUPPORT_OUTCOME_MUTATION,
      values,
      (commandId) => toOutcomeInput(supportCase.caseId, values, commandId),
    );
    if (!sent) return;
    void navigate(casePath(partnershipId, supportCase.uuid), {
      state: noticeState({
        banner: 'Outcome recorded',
        expect: { caseId: supportCase.caseId, status: 'DELIVERED', outcomeRecorded: true },
      }),
    });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <p className="govuk-body">
        The support was delivered on {calendarDay(deliveredOn)}. Each hallmark it serves is compared between the
        assessment you choose and the validated assessment of the period before.
      </p>
      <Radios
        idPrefix={OUTCOME_FIELD_IDS.assessmentId}
        name="assessmentId"
        legend="Which validated assessment shows the outcome?"
        legendClass="govuk-fieldset__legend--m"
        items={items}
        value={values.assessmentId}
        onChange={(assessmentId) => setValues((current) => ({ ...current, assessmentId }))}
        error={errors.assessmentId}
      />
      <Textarea
        id={OUTCOME_FIELD_IDS.notes}
        name="notes"
        label="What did the partnership make of the support?"
        labelClass="govuk-label--m"
        value={values.notes}
        onChange={(notes) => setValues((current) => ({ ...current, notes }))}
        error={errors.notes}
      />
      <button type="submit" className="govuk-button">
        Record outcome
      </button>
    </form>
  );
}
