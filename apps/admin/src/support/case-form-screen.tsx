// The screen around each form that acts on a support case (decide, record delivery, record the
// outcome): it loads the case, says what the case is, and shows the form only when the person
// may take that step now; otherwise it says why not.
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../auth';
import { ErrorSummary } from '../govuk';
import { dayOf } from './evidence';
import { summaryItems } from './form-problems';
import type { SupportCaseRecord } from './support-case';
import { LoadFailure, Loading, SignInPrompt, SupportFrame } from './support-frame';
import { offerTitle } from './support-offers';
import { casePath } from './support-paths';
import { caseActionRefusal, supportPermissions, type CaseAction } from './support-permissions';
import { raisedWording } from './support-wording';
import type { CommandForm } from './use-command-form';
import { useSupportCase, type LoadedCase } from './use-support-case';

export interface CaseInForm extends LoadedCase {
  readonly supportCase: SupportCaseRecord;
}

interface CaseFormScreenProps<Field extends string> {
  readonly title: string;
  readonly action: CaseAction;
  readonly form: CommandForm<Field>;
  readonly fieldOrder: readonly Field[];
  readonly fieldIds: Readonly<Record<Field, string>>;
  readonly children: (loaded: CaseInForm) => ReactNode;
}

export function CaseFormScreen<Field extends string>({
  title,
  action,
  form,
  fieldOrder,
  fieldIds,
  children,
}: CaseFormScreenProps<Field>) {
  const { partnershipId = '', caseUuid = '' } = useParams();
  const { token, user } = useAuth();
  const loaded = useSupportCase(partnershipId, caseUuid, token, null);
  const here = casePath(partnershipId, caseUuid);

  const body = () => {
    if (!user) return <SignInPrompt returnTo={here} what="act on this support case" />;
    if (loaded.status === 'loading') return <Loading what="the support case" />;
    if (loaded.status === 'failed') return <LoadFailure errors={loaded.errors} />;
    const { supportCase, context } = loaded.data;
    if (!supportCase) return <p className="govuk-body">The partnership has no such support case.</p>;
    const refusal = caseActionRefusal(action, supportPermissions(user, context.partnership), supportCase);
    return (
      <>
        <div className="govuk-inset-text">
          <p className="govuk-body">
            ‘{offerTitle(context.supportOffers, supportCase.offerId)}’:{' '}
            {raisedWording(supportCase.raised.how, supportCase.raised.actor, true)} on{' '}
            {dayOf(supportCase.raised.occurredAt)}.
          </p>
          {supportCase.need.trim() !== '' && <p className="govuk-body">Need: {supportCase.need}</p>}
        </div>
        {refusal ? <p className="govuk-body">{refusal}</p> : children({ ...loaded.data, supportCase })}
      </>
    );
  };

  return (
    <SupportFrame
      title={title}
      caption={loaded.status === 'loaded' ? loaded.data.context.partnership.name : null}
      hasErrors={form.problems !== null}
      notice={
        form.problems && (
          <ErrorSummary key={form.problems.attempt} items={summaryItems(form.problems, fieldOrder, fieldIds)} />
        )
      }
      back={{ to: here, text: 'Back to the support case' }}
    >
      {body()}
    </SupportFrame>
  );
}
