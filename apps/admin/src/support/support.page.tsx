// A partnership's support: where it stands (priority, escalation), the support cases with their
// status, and what the signed-in person may start from here — a partnership's own people request
// support, its region's coordinator (or the national team) proposes it.
import { Link, useLocation, useParams } from 'react-router';
import { useAuth, type SessionUser } from '../auth';
import type { QueryState } from '../graphql';
import { SuccessBanner } from '../govuk';
import type { EvidenceEntry } from './evidence';
import type { HistoryEvent } from './partnership-history.query';
import { PartnershipStanding } from './partnership-standing';
import { allLoaded } from './query-states';
import { supportCasesFrom } from './support-case';
import { SupportCasesTable } from './support-cases-table';
import type { SupportContext } from './support-context.query';
import { LoadFailure, Loading, SignInPrompt, SupportFrame } from './support-frame';
import { readNotice } from './support-notice';
import { proposeSupportPath, requestSupportPath, supportPath } from './support-paths';
import { supportPermissions } from './support-permissions';
import { usePartnershipHistory } from './use-partnership-history';
import { useEvidence, useSupportContext } from './use-support-data';

export function SupportPage() {
  const { partnershipId = '' } = useParams();
  const { token, user } = useAuth();
  const location = useLocation();
  const notice = readNotice(location.state);
  const context = useSupportContext(partnershipId, token);
  const history = usePartnershipHistory(partnershipId, token, notice?.expect ?? null);
  const evidence = useEvidence(partnershipId, token);
  const loaded = allLoaded(context, history);

  return (
    <SupportFrame
      title="Support"
      caption={context.status === 'loaded' ? context.data.partnership.name : null}
      notice={notice && <SuccessBanner key={location.key} heading={notice.banner} />}
      wide
    >
      {!user ? (
        <SignInPrompt returnTo={supportPath(partnershipId)} what="see this partnership’s support" />
      ) : loaded.status === 'loading' ? (
        <Loading what="the partnership’s support" />
      ) : loaded.status === 'failed' ? (
        <LoadFailure errors={loaded.errors} />
      ) : (
        <SupportContent user={user} context={loaded.data[0]} history={loaded.data[1]} evidence={evidence} />
      )}
    </SupportFrame>
  );
}

interface SupportContentProps {
  readonly user: SessionUser;
  readonly context: SupportContext;
  readonly history: readonly HistoryEvent[];
  readonly evidence: QueryState<readonly EvidenceEntry[]>;
}

function SupportContent({ user, context, history, evidence }: SupportContentProps) {
  const { partnership, supportOffers } = context;
  const { partnershipId } = partnership;
  const permissions = supportPermissions(user, partnership);
  const cases = supportCasesFrom(history, partnershipId);
  return (
    <>
      <p className="govuk-body">
        Support the partnership requested or its coordinator proposed, the decisions on it with their rationale and
        evidence, its delivery, and whether the scores moved afterwards.
      </p>
      {(permissions.mayRequest || permissions.mayManage) && (
        <div className="govuk-button-group">
          {permissions.mayRequest && (
            <Link className="govuk-button" to={requestSupportPath(partnershipId)}>
              Request support
            </Link>
          )}
          {permissions.mayManage && (
            <Link
              className={`govuk-button${permissions.mayRequest ? ' govuk-button--secondary' : ''}`}
              to={proposeSupportPath(partnershipId)}
            >
              Propose support
            </Link>
          )}
        </div>
      )}
      <h2 className="govuk-heading-m">Priority and escalation</h2>
      <PartnershipStanding partnership={partnership} permissions={permissions} evidence={evidence} />
      <SupportCasesTable partnershipId={partnershipId} cases={cases} offers={supportOffers} />
    </>
  );
}
