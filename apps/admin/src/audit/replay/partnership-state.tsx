// The partnership as the replay found it at the chosen event: where its current assessment cycle
// stood, its scores per hallmark, whether it was a priority partnership, and its open support.
import type { ReactNode } from 'react';
import { auditInstant } from '../audit-dates';
import { HallmarkScoresTable } from './hallmark-scores-table';
import type { FrameworkLabels, ReplayedPartnership, ReplayedScores } from './partnership-as-of.query';

const CYCLE_STATUS: Readonly<Record<string, string>> = {
  OPEN: 'open',
  SUBMITTED: 'submitted',
  RETURNED: 'returned for revision',
  VALIDATED: 'validated',
};

const SUPPORT_STATUS: Readonly<Record<string, string>> = {
  REQUESTED: 'requested',
  PROPOSED: 'proposed',
  DEFERRED: 'deferred',
  APPROVED: 'approved, not yet delivered',
};

const cycleWords = (scores: ReplayedScores) => `${scores.period}, ${CYCLE_STATUS[scores.status] ?? scores.status}`;

interface PartnershipStateProps {
  readonly state: ReplayedPartnership;
  readonly framework: FrameworkLabels | null;
}

export function PartnershipState({ state, framework }: PartnershipStateProps) {
  const { currentCycle, lastValidated } = state;
  const openActions = state.improvementActions.filter(
    (action) => action.status !== 'COMPLETED' && action.status !== 'CANCELLED',
  ).length;
  return (
    <>
      <h2 className="govuk-heading-m" id="replayed-state-heading">
        {state.name} as of <time dateTime={state.asOf}>{auditInstant(state.asOf)}</time>
      </h2>
      <dl className="govuk-summary-list">
        <Row label="Current assessment cycle">{currentCycle ? cycleWords(currentCycle) : 'None opened yet'}</Row>
        <Row label="Last validated assessment">{lastValidated ? lastValidated.period : 'None yet'}</Row>
        <Row label="Priority partnership">{state.priority ? `Yes: ${state.priority.rationale}` : 'No'}</Row>
        <Row label="Escalated to the national team">{state.escalation ? `Yes: ${state.escalation.concern}` : 'No'}</Row>
        <Row label="Open support">
          {state.openSupportCases.length === 0 ? (
            'None'
          ) : (
            <ul className="govuk-list">
              {state.openSupportCases.map((supportCase) => (
                <li key={supportCase.caseId}>
                  {supportCase.offerId}: {SUPPORT_STATUS[supportCase.status] ?? supportCase.status}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row label="Open improvement actions">{String(openActions)}</Row>
        {state.mergedInto && <Row label="Merged into">{state.mergedInto}</Row>}
      </dl>
      {currentCycle && (
        <HallmarkScoresTable
          caption={`Scores per hallmark: ${cycleWords(currentCycle)}`}
          scores={currentCycle}
          framework={framework}
        />
      )}
      {lastValidated && lastValidated.assessmentId !== currentCycle?.assessmentId && (
        <HallmarkScoresTable
          caption={`Scores per hallmark: ${cycleWords(lastValidated)}, the last validated`}
          scores={lastValidated}
          framework={framework}
        />
      )}
    </>
  );
}

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
