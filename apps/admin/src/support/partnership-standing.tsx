// Where the partnership stands with its region and the national team: whether it is a priority
// partnership for support (and why), and whether a concern about it is with the national team,
// with the decisions the person may take about either.
import { Link } from 'react-router';
import type { QueryState } from '../graphql';
import type { EvidenceEntry } from './evidence';
import { EvidenceList } from './evidence-list';
import type { PartnershipStatus } from './support-context.query';
import { partnershipDecisions, type PartnershipDecision, type SupportPermissions } from './support-permissions';
import { designatePriorityPath, escalatePath, liftPriorityPath, resolveEscalationPath } from './support-paths';

interface PartnershipStandingProps {
  readonly partnership: PartnershipStatus;
  readonly permissions: SupportPermissions;
  readonly evidence: QueryState<readonly EvidenceEntry[]>;
}

const DECISION_LINKS: Readonly<
  Record<PartnershipDecision, { readonly text: string; readonly path: (id: string) => string }>
> = {
  designate: { text: 'Designate as a priority partnership', path: designatePriorityPath },
  lift: { text: 'Lift priority status', path: liftPriorityPath },
  escalate: { text: 'Escalate a concern', path: escalatePath },
  resolve: { text: 'Resolve the escalation', path: resolveEscalationPath },
};

export function PartnershipStanding({ partnership, permissions, evidence }: PartnershipStandingProps) {
  const { partnershipId, priority, escalation } = partnership;
  const decisions = partnershipDecisions(permissions, {
    priority: priority !== null,
    escalated: escalation !== null,
    merged: partnership.mergedInto !== null,
  });
  const action = (wanted: readonly PartnershipDecision[]) => {
    const decision = decisions.find((candidate) => wanted.includes(candidate));
    if (!decision) return null;
    const link = DECISION_LINKS[decision];
    return (
      <dd className="govuk-summary-list__actions">
        <Link className="govuk-link" to={link.path(partnershipId)}>
          {link.text}
        </Link>
      </dd>
    );
  };
  const priorityAction = action(['designate', 'lift']);
  const escalationAction = action(['escalate', 'resolve']);
  const rowClass = (hasAction: boolean) =>
    `govuk-summary-list__row${hasAction ? '' : ' govuk-summary-list__row--no-actions'}`;

  return (
    <dl className="govuk-summary-list">
      <div className={rowClass(priorityAction !== null)}>
        <dt className="govuk-summary-list__key">Priority partnership</dt>
        <dd className="govuk-summary-list__value">
          {priority ? (
            <>
              <p className="govuk-body">Yes: {priority.rationale}</p>
              <p className="govuk-body govuk-!-margin-bottom-1">Evidence considered:</p>
              <EvidenceList partnershipId={partnershipId} eventIds={priority.evidence} entries={evidence} />
            </>
          ) : (
            'No'
          )}
        </dd>
        {priorityAction}
      </div>
      <div className={rowClass(escalationAction !== null)}>
        <dt className="govuk-summary-list__key">Escalation to the national team</dt>
        <dd className="govuk-summary-list__value">
          {escalation ? (
            <>
              <p className="govuk-body">Open: {escalation.concern}</p>
              <p className="govuk-body">Why it needs the national team: {escalation.rationale}</p>
            </>
          ) : (
            'None open'
          )}
        </dd>
        {escalationAction}
      </div>
    </dl>
  );
}
