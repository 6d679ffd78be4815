// The forms for decisions about the partnership itself: designate or lift priority status,
// escalate a concern to the national team, resolve it. Each records a rationale and the events
// it relied on, then returns to the partnership's support page with a banner.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth, type SessionUser } from '../auth';
import { ErrorSummary, Textarea } from '../govuk';
import { EvidenceCheckboxes } from './evidence-checkboxes';
import { summaryItems } from './form-problems';
import type { AnsweredPartnership } from './partnership-decision.mutations';
import {
  checkPartnershipDecision,
  decisionFields,
  DECISION_FIELDS,
  DECISION_FIELD_IDS,
  DECISION_FORMS,
  EMPTY_DECISION_VALUES,
  toPartnershipDecisionInput,
  type DecisionField,
  type DecisionValues,
} from './partnership-decision-form';
import type { PartnershipStatus } from './support-context.query';
import { LoadFailure, Loading, SignInPrompt, SupportFrame } from './support-frame';
import { noticeState } from './support-notice';
import {
  designatePriorityPath,
  escalatePath,
  liftPriorityPath,
  resolveEscalationPath,
  supportPath,
} from './support-paths';
import { partnershipDecisionRefusal, supportPermissions, type PartnershipDecision } from './support-permissions';
import { useCommandForm, type CommandForm } from './use-command-form';
import { useEvidence, useSupportContext } from './use-support-data';

const PATHS: Readonly<Record<PartnershipDecision, (partnershipId: string) => string>> = {
  designate: designatePriorityPath,
  lift: liftPriorityPath,
  escalate: escalatePath,
  resolve: resolveEscalationPath,
};

export function DesignatePriorityPage() {
  return <PartnershipDecisionPage decision="designate" />;
}

export function LiftPriorityPage() {
  return <PartnershipDecisionPage decision="lift" />;
}

export function EscalatePage() {
  return <PartnershipDecisionPage decision="escalate" />;
}

export function ResolveEscalationPage() {
  return <PartnershipDecisionPage decision="resolve" />;
}

function PartnershipDecisionPage({ decision }: { readonly decision: PartnershipDecision }) {
  const { partnershipId = '' } = useParams();
  const { token, user } = useAuth();
  const wording = DECISION_FORMS[decision];
  const context = useSupportContext(partnershipId, token);
  const form = useCommandForm<DecisionField>(token, DECISION_FIELDS, wording.forbidden);

  return (
    <SupportFrame
      title={wording.title}
      caption={context.status === 'loaded' ? context.data.partnership.name : null}
      hasErrors={form.problems !== null}
      notice={
        form.problems && (
          <ErrorSummary
            key={form.problems.attempt}
            items={summaryItems(form.problems, decisionFields(decision), DECISION_FIELD_IDS)}
          />
        )
      }
      back={{ to: supportPath(partnershipId), text: 'Back to support' }}
    >
      {!user ? (
        <SignInPrompt returnTo={PATHS[decision](partnershipId)} what={wording.title.toLowerCase()} />
      ) : context.status === 'loading' ? (
        <Loading what="the partnership" />
      ) : context.status === 'failed' ? (
        <LoadFailure errors={context.errors} />
      ) : (
        <PartnershipDecisionForm decision={decision} user={user} partnership={context.data.partnership} form={form} />
      )}
    </SupportFrame>
  );
}

interface PartnershipDecisionFormProps {
  readonly decision: PartnershipDecision;
  readonly user: SessionUser;
  readonly partnership: PartnershipStatus;
  readonly form: CommandForm<DecisionField>;
}

function PartnershipDecisionForm({ decision, user, partnership, form }: PartnershipDecisionFormProps) {
  const { token } = useAuth();
  const navigate = useNavigate();
  const evidence = useEvidence(partnership.partnershipId, token);
  const [values, setValues] = useState<DecisionValues>(EMPTY_DECISION_VALUES);
  const wording = DECISION_FORMS[decision];
  const extra = wording.extra;
  const refusal = partnershipDecisionRefusal(
    decision,
    supportPermissions(user, partnership),
    {
      priority: partnership.priority !== null,
      escalated: partnership.escalation !== null,
      merged: partnership.mergedInto !== null,
    },
    partnership.name,
  );
  if (refusal) return <p className="govuk-body">{refusal}</p>;
  const errors = form.problems?.fieldErrors ?? {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = checkPartnershipDecision(decision, values);
    if (missing) return form.show(missing);
    const sent = await form.send<Record<string, AnsweredPartnership>>(wording.mutation, values, (commandId) =>
      toPartnershipDecisionInput(decision, partnership.partnershipId, values, commandId),
    );
    if (!sent) return;
    void navigate(supportPath(partnership.partnershipId), {
      state: noticeState({ banner: wording.done(partnership.name), expect: null }),
    });
  };

  return (
    <>
      {decision === 'lift' && partnership.priority && (
        <div className="govuk-inset-text">
          Designated a priority partnership because: {partnership.priority.rationale}
        </div>
      )}
      {decision === 'resolve' && partnership.escalation && (
        <div className="govuk-inset-text">
          <p className="govuk-body">The concern: {partnership.escalation.concern}</p>
          <p className="govuk-body">Why it needed the national team: {partnership.escalation.rationale}</p>
        </div>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {extra && (
          <Textarea
            id={DECISION_FIELD_IDS[extra.field]}
            name={extra.field}
            label={extra.question.label}
            labelClass="govuk-label--m"
            hint={extra.question.hint}
            value={values[extra.field]}
            onChange={(text) => setValues((current) => ({ ...current, [extra.field]: text }))}
            error={errors[extra.field]}
          />
        )}
        <Textarea
          id={DECISION_FIELD_IDS.rationale}
          name="rationale"
          label={wording.rationale.label}
          labelClass="govuk-label--m"
          hint={wording.rationale.hint}
          value={values.rationale}
          onChange={(rationale) => setValues((current) => ({ ...current, rationale }))}
          error={errors.rationale}
        />
        <EvidenceCheckboxes
          partnershipId={partnership.partnershipId}
          entries={evidence}
          values={values.evidence}
          onChange={(chosen) => setValues((current) => ({ ...current, evidence: chosen }))}
          error={errors.evidence}
        />
        <button type="submit" className="govuk-button">
          {wording.button}
        </button>
      </form>
    </>
  );
}
