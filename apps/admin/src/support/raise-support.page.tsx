// Raising a support case: a partnership's lead or member requests support, its region's
// coordinator proposes it; both choose an offer of the framework (with the hallmarks it serves)
// and say what the partnership needs. The new case opens with a banner.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth, type SessionUser } from '../auth';
import { ErrorSummary, Radios, Textarea, type RadioItem } from '../govuk';
import { summaryItems } from './form-problems';
import { allLoaded } from './query-states';
import {
  checkRaise,
  EMPTY_RAISE,
  RAISE_FIELDS,
  RAISE_FIELD_IDS,
  RAISE_WORDING,
  toRaiseInput,
  type RaiseField,
  type RaiseMode,
  type RaiseValues,
} from './raise-support-form';
import { caseIdFor, caseUuidOf } from './support-case-id';
import type { AnsweredCase } from './support-case.mutations';
import type { SupportContext } from './support-context.query';
import { LoadFailure, Loading, SignInPrompt, SupportFrame } from './support-frame';
import { noticeState } from './support-notice';
import { offerDescription } from './support-offers';
import { casePath, proposeSupportPath, requestSupportPath, supportPath } from './support-paths';
import { supportPermissions } from './support-permissions';
import { useCommandForm, type CommandForm } from './use-command-form';
import { useSupportContext } from './use-support-data';

export function RequestSupportPage() {
  return <RaiseSupportPage mode="request" />;
}

export function ProposeSupportPage() {
  return <RaiseSupportPage mode="propose" />;
}

function RaiseSupportPage({ mode }: { readonly mode: RaiseMode }) {
  const { partnershipId = '' } = useParams();
  const { token, user } = useAuth();
  const wording = RAISE_WORDING[mode];
  const context = useSupportContext(partnershipId, token);
  const form = useCommandForm<RaiseField>(token, RAISE_FIELDS, wording.forbidden);
  const loaded = allLoaded(context);
  const here = mode === 'request' ? requestSupportPath(partnershipId) : proposeSupportPath(partnershipId);

  return (
    <SupportFrame
      title={wording.title}
      caption={context.status === 'loaded' ? context.data.partnership.name : null}
      hasErrors={form.problems !== null}
      notice={
        form.problems && (
          <ErrorSummary
            key={form.problems.attempt}
            items={summaryItems(form.problems, RAISE_FIELDS, RAISE_FIELD_IDS)}
          />
        )
      }
      back={{ to: supportPath(partnershipId), text: 'Back to support' }}
    >
      {!user ? (
        <SignInPrompt returnTo={here} what={mode === 'request' ? 'request support' : 'propose support'} />
      ) : loaded.status === 'loading' ? (
        <Loading what="the support offers" />
      ) : loaded.status === 'failed' ? (
        <LoadFailure errors={loaded.errors} />
      ) : (
        <RaiseSupportForm mode={mode} user={user} context={loaded.data[0]} form={form} />
      )}
    </SupportFrame>
  );
}

interface RaiseSupportFormProps {
  readonly mode: RaiseMode;
  readonly user: SessionUser;
  readonly context: SupportContext;
  readonly form: CommandForm<RaiseField>;
}

function RaiseSupportForm({ mode, user, context, form }: RaiseSupportFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState<RaiseValues>(EMPTY_RAISE);
  const { partnership, supportOffers, framework } = context;
  const wording = RAISE_WORDING[mode];
  const permissions = supportPermissions(user, partnership);
  if (!(mode === 'request' ? permissions.mayRequest : permissions.mayManage)) {
    return <p className="govuk-body">{wording.forbidden}.</p>;
  }

  const items: RadioItem[] = supportOffers.map((offer) => ({
    value: offer.id,
    text: offer.title,
    hint: offerDescription(offer, framework.hallmarks),
  }));
  const errors = form.problems?.fieldErrors ?? {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = checkRaise(values, supportOffers);
    if (missing) return form.show(missing);
    const sent = await form.send<Record<string, AnsweredCase>>(wording.mutation, values, (commandId) =>
      toRaiseInput(partnership.partnershipId, values, commandId),
    );
    if (!sent) return;
    // The case is named by the command that raised it.
    const caseId = sent.data[wording.answerField]?.id ?? caseIdFor(partnership.partnershipId, sent.commandId);
    const uuid = caseUuidOf(partnership.partnershipId, caseId) ?? sent.commandId;
    void navigate(casePath(partnership.partnershipId, uuid), {
      state: noticeState({
        banner: wording.done,
        expect: { caseId, status: mode === 'request' ? 'REQUESTED' : 'PROPOSED', outcomeRecorded: false },
      }),
    });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Radios
        idPrefix={RAISE_FIELD_IDS.offerId}
        name="offerId"
        legend="Which support?"
        legendClass="govuk-fieldset__legend--m"
        hint="The support the National Support Framework offers. Universal support is open to every partnership; place-based support answers one partnership’s particular issue."
        items={items}
        value={values.offerId}
        onChange={(offerId) => setValues((current) => ({ ...current, offerId }))}
        error={errors.offerId}
      />
      <Textarea
        id={RAISE_FIELD_IDS.need}
        name="need"
        label="What does the partnership need?"
        labelClass="govuk-label--m"
        hint="Required for place-based support. Say what the support should address, for example a weakness the self-assessment shows."
        value={values.need}
        onChange={(need) => setValues((current) => ({ ...current, need }))}
        error={errors.need}
      />
      <button type="submit" className="govuk-button">
        {wording.button}
      </button>
    </form>
  );
}
