// Deciding on requested, proposed or deferred support: approve, decline or defer it, with the
// rationale and the events of the partnership's history the decision relies on.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth';
import { Radios, Textarea, type RadioItem } from '../govuk';
import { CaseFormScreen, type CaseInForm } from './case-form-screen';
import {
  checkDecision,
  DECIDE_FIELDS,
  DECIDE_FIELD_IDS,
  DECIDE_FORBIDDEN,
  EMPTY_DECISION,
  isSupportDecision,
  toDecideInput,
  type DecideField,
  type DecideValues,
} from './decide-support-form';
import { EvidenceCheckboxes } from './evidence-checkboxes';
import { SUPPORT_DECISIONS } from './support-case';
import { DECIDE_SUPPORT_MUTATION, type AnsweredCase } from './support-case.mutations';
import { noticeState } from './support-notice';
import { casePath } from './support-paths';
import { DECISION_WORDING } from './support-wording';
import { useCommandForm, type CommandForm } from './use-command-form';
import { useEvidence } from './use-support-data';

const DECISION_HINTS = {
  APPROVED: 'The support will be arranged and its delivery recorded.',
  DECLINED: 'The case closes.',
  DEFERRED: 'The case stays open, to be decided again later.',
} as const;

const DECISION_ITEMS: readonly RadioItem[] = SUPPORT_DECISIONS.map((decision) => ({
  value: decision,
  text: DECISION_WORDING[decision].choice,
  hint: DECISION_HINTS[decision],
}));

export function DecideSupportPage() {
  const { token } = useAuth();
  const form = useCommandForm<DecideField>(token, DECIDE_FIELDS, DECIDE_FORBIDDEN);
  return (
    <CaseFormScreen
      title="Decide on support"
      action="decide"
      form={form}
      fieldOrder={DECIDE_FIELDS}
      fieldIds={DECIDE_FIELD_IDS}
    >
      {(loaded) => <DecideSupportForm loaded={loaded} form={form} />}
    </CaseFormScreen>
  );
}

function DecideSupportForm({ loaded, form }: { readonly loaded: CaseInForm; readonly form: CommandForm<DecideField> }) {
  const { partnershipId = '' } = useParams();
  const { token } = useAuth();
  const navigate = useNavigate();
  const evidence = useEvidence(partnershipId, token);
  const [values, setValues] = useState<DecideValues>(EMPTY_DECISION);
  const { supportCase } = loaded;
  const errors = form.problems?.fieldErrors ?? {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = checkDecision(values);
    if (missing) return form.show(missing);
    const sent = await form.send<{ decideSupport: AnsweredCase }>(DECIDE_SUPPORT_MUTATION, values, (commandId) =>
      toDecideInput(supportCase.caseId, values, commandId),
    );
    if (!sent || !isSupportDecision(values.decision)) return;
    void navigate(casePath(partnershipId, supportCase.uuid), {
      state: noticeState({
        banner: DECISION_WORDING[values.decision].done,
        expect: { caseId: supportCase.caseId, status: values.decision, outcomeRecorded: false },
      }),
    });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Radios
        idPrefix={DECIDE_FIELD_IDS.decision}
        name="decision"
        legend="Your decision"
        legendClass="govuk-fieldset__legend--m"
        items={DECISION_ITEMS}
        value={values.decision}
        onChange={(decision) => setValues((current) => ({ ...current, decision }))}
        error={errors.decision}
      />
      <Textarea
        id={DECIDE_FIELD_IDS.rationale}
        name="rationale"
        label="Rationale"
        labelClass="govuk-label--m"
        hint="Why you decided so. The partnership sees it, and it is kept for audit."
        value={values.rationale}
        onChange={(rationale) => setValues((current) => ({ ...current, rationale }))}
        error={errors.rationale}
      />
      <EvidenceCheckboxes
        partnershipId={partnershipId}
        entries={evidence}
        values={values.evidence}
        onChange={(chosen) => setValues((current) => ({ ...current, evidence: chosen }))}
        error={errors.evidence}
      />
      <button type="submit" className="govuk-button">
        Record decision
      </button>
    </form>
  );
}
