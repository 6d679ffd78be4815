// One support case: where it stands and everything recorded about it — who raised it and why,
// each decision with its rationale and the evidence it relied on, the delivery, and the outcome
// per hallmark — with the next step for those who manage the partnership's support.
import { Link, useLocation, useParams } from 'react-router';
import { useAuth, type SessionUser } from '../auth';
import type { QueryState } from '../graphql';
import { SuccessBanner } from '../govuk';
import type { EvidenceEntry } from './evidence';
import { SupportCaseDetails } from './support-case-details';
import { LoadFailure, Loading, SignInPrompt, SupportFrame } from './support-frame';
import { readNotice } from './support-notice';
import { offerTitle } from './support-offers';
import { SupportOutcome } from './support-outcome';
import { casePath, decideCasePath, recordDeliveryPath, recordOutcomePath, supportPath } from './support-paths';
import { caseActions, supportPermissions, type CaseAction } from './support-permissions';
import { useSupportCase, type LoadedCase } from './use-support-case';
import { useEvidence } from './use-support-data';

const ACTION_LINKS: Readonly<Record<CaseAction, { readonly text: string; readonly path: typeof decideCasePath }>> = {
  decide: { text: 'Decide on this support', path: decideCasePath },
  deliver: { text: 'Record delivery', path: recordDeliveryPath },
  outcome: { text: 'Record the outcome', path: recordOutcomePath },
};

export function SupportCasePage() {
  const { partnershipId = '', caseUuid = '' } = useParams();
  const { token, user } = useAuth();
  const location = useLocation();
  const notice = readNotice(location.state);
  const loaded = useSupportCase(partnershipId, caseUuid, token, notice?.expect ?? null);
  const evidence = useEvidence(partnershipId, token);
  const found = loaded.status === 'loaded' ? loaded.data : null;

  return (
    <SupportFrame
      title={found?.supportCase ? offerTitle(found.context.supportOffers, found.supportCase.offerId) : 'Support case'}
      caption={found?.context.partnership.name}
      notice={notice && <SuccessBanner key={location.key} heading={notice.banner} />}
      back={{ to: supportPath(partnershipId), text: 'Back to support' }}
    >
      {!user ? (
        <SignInPrompt returnTo={casePath(partnershipId, caseUuid)} what="see this support case" />
      ) : loaded.status === 'loading' ? (
        <Loading what="the support case" />
      ) : loaded.status === 'failed' ? (
        <LoadFailure errors={loaded.errors} />
      ) : (
        <SupportCaseContent user={user} loaded={loaded.data} evidence={evidence} />
      )}
    </SupportFrame>
  );
}

interface SupportCaseContentProps {
  readonly user: SessionUser;
  readonly loaded: LoadedCase;
  readonly evidence: QueryState<readonly EvidenceEntry[]>;
}

function SupportCaseContent({ user, loaded, evidence }: SupportCaseContentProps) {
  const { context, supportCase } = loaded;
  const { partnership, supportOffers, framework } = context;
  if (!supportCase) return <p className="govuk-body">The partnership has no such support case.</p>;
  const actions = caseActions(supportPermissions(user, partnership), supportCase);
  return (
    <>
      <SupportCaseDetails
        partnershipId={partnership.partnershipId}
        supportCase={supportCase}
        offers={supportOffers}
        hallmarks={framework.hallmarks}
        evidence={evidence}
      />
      {supportCase.outcome && <SupportOutcome outcome={supportCase.outcome} hallmarks={framework.hallmarks} />}
      {actions.length > 0 && (
        <div className="govuk-button-group">
          {actions.map((action) => (
            <Link
              key={action}
              className="govuk-button"
              to={ACTION_LINKS[action].path(partnership.partnershipId, supportCase.uuid)}
            >
              {ACTION_LINKS[action].text}
            </Link>
          ))}
        </div>
      )}
    </>
  );
}
