// The partnership at a glance, as a GOV.UK summary list: its current and last validated
// assessment, whether it is a priority or escalated, its open support and its actions.
import { Link } from 'react-router';
import { SummaryList, type SummaryListRow } from '../../govuk';
import { actionCounts, ukDay } from '../actions/action-status';
import { partnershipPath, sectionPath, PARTNERSHIP_SECTIONS } from '../partnership-sections';
import type { PartnershipData } from '../partnership.query';
import { cycleStatusText } from '../partnership-status-tags';

const SUPPORT_STATUS_WORDS: Readonly<Record<string, string>> = {
  REQUESTED: 'requested',
  PROPOSED: 'proposed',
  DEFERRED: 'deferred',
  APPROVED: 'approved, not yet delivered',
};

export function PartnershipSummary({ data }: { readonly data: PartnershipData }) {
  const { partnership, supportOffers } = data;
  const offerTitle = (offerId: string) => supportOffers.find((offer) => offer.id === offerId)?.title ?? offerId;
  const actionsSection = PARTNERSHIP_SECTIONS.find((section) => section.path === 'actions');

  const rows: SummaryListRow[] = [
    {
      key: 'Current assessment',
      value: partnership.currentCycle
        ? `${partnership.currentCycle.period}, ${cycleStatusText(partnership.currentCycle.status)}`
        : 'None opened yet',
    },
    { key: 'Last validated assessment', value: partnership.lastValidated?.period ?? 'None yet' },
    {
      key: 'Priority partnership',
      value: partnership.priority ? `Yes: ${partnership.priority.rationale}` : 'No',
    },
    {
      key: 'Escalated to the national team',
      value: partnership.escalation ? `Yes: ${partnership.escalation.concern}` : 'No',
    },
    {
      key: 'Open support',
      value:
        partnership.openSupportCases.length === 0 ? (
          'None'
        ) : (
          <ul className="govuk-list">
            {partnership.openSupportCases.map((supportCase) => (
              <li key={supportCase.caseId}>
                {offerTitle(supportCase.offerId)} ({SUPPORT_STATUS_WORDS[supportCase.status] ?? supportCase.status})
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'Improvement actions',
      value: (
        <>
          {actionCounts(partnership.improvementActions, ukDay(partnership.asOf))}
          {actionsSection && partnership.improvementActions.length > 0 && (
            <>
              {' '}
              <Link className="govuk-link app-print-hidden" to={sectionPath(partnership.partnershipId, actionsSection)}>
                See the actions
              </Link>
            </>
          )}
        </>
      ),
    },
  ];
  if (partnership.mergedInto) {
    rows.push({
      key: 'Merged into',
      value: (
        <Link className="govuk-link" to={partnershipPath(partnership.mergedInto)}>
          {partnership.mergedInto}
        </Link>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
