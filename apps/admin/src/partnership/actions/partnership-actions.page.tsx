// The partnership's improvement actions: what it will do about its weaknesses, who owns each
// action, when it is due and where it stands, as of the instant the page shows.
import { PartnershipPageTitle } from '../partnership-page-title';
import { usePartnership } from '../partnership-context';
import { ActionsTable } from './actions-table';
import { ukDay } from './action-status';

export function PartnershipActionsPage() {
  const { view } = usePartnership();
  return (
    <>
      <PartnershipPageTitle section="Improvement actions" />
      <h1 className="govuk-heading-l">Improvement actions</h1>
      {view.status !== 'loaded' ? (
        <p className="govuk-body">Loading the improvement actions…</p>
      ) : view.data.partnership.improvementActions.length === 0 ? (
        <p className="govuk-body">No improvement actions have been recorded.</p>
      ) : (
        <ActionsTable
          partnershipName={view.data.partnership.name}
          actions={view.data.partnership.improvementActions}
          hallmarks={view.data.framework.hallmarks}
          today={ukDay(view.data.partnership.asOf)}
        />
      )}
    </>
  );
}
