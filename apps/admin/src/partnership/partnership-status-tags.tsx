// What a coordinator looks for first about a partnership, as tags: where its current assessment
// stands, and whether it is a priority, escalated or merged.
import type { PartnershipView } from './partnership.query';

const CYCLE_TAGS: Readonly<Record<string, { readonly text: string; readonly tagClass: string }>> = {
  OPEN: { text: 'open', tagClass: 'govuk-tag--blue' },
  SUBMITTED: { text: 'submitted', tagClass: 'govuk-tag--light-blue' },
  RETURNED: { text: 'returned for revision', tagClass: 'govuk-tag--yellow' },
  VALIDATED: { text: 'validated', tagClass: 'govuk-tag--green' },
};

export function cycleStatusText(status: string): string {
  return CYCLE_TAGS[status]?.text ?? status.toLowerCase();
}

export function PartnershipStatusTags({ partnership }: { readonly partnership: PartnershipView }) {
  const cycle = partnership.currentCycle;
  const cycleTag = cycle ? CYCLE_TAGS[cycle.status] : undefined;
  return (
    <ul className="app-identity-bar__tags">
      <li>
        {cycle ? (
          <strong className={`govuk-tag ${cycleTag?.tagClass ?? 'govuk-tag--grey'}`}>
            {cycle.period} assessment {cycleStatusText(cycle.status)}
          </strong>
        ) : (
          <strong className="govuk-tag govuk-tag--grey">No assessment yet</strong>
        )}
      </li>
      {partnership.priority && (
        <li>
          <strong className="govuk-tag govuk-tag--purple">Priority</strong>
        </li>
      )}
      {partnership.escalation && (
        <li>
          <strong className="govuk-tag govuk-tag--red">Escalated</strong>
        </li>
      )}
      {partnership.mergedInto && (
        <li>
          <strong className="govuk-tag govuk-tag--grey">Merged</strong>
        </li>
      )}
    </ul>
  );
}
