/**
 * The support pipeline as a fresh fold of the events up to an instant, with the domain's own
 * evolveSupportCase and no SQL: the oracle the read model is checked against.
 */
import {
  evolveSupportCase,
  initialSupportCaseState,
  type PartnershipRegisteredData,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { SupportPipelineRow } from '../support-pipeline.queries';

export function replaySupportPipeline(
  log: readonly RecordedEvent[],
  region: string,
  asOf: string,
): SupportPipelineRow[] {
  const upTo = log.filter((event) => Date.parse(event.occurredAt) <= Date.parse(asOf));
  const names = new Map(
    upTo
      .filter((event) => event.type === 'PartnershipRegistered')
      .map((event) => event.data as PartnershipRegisteredData)
      .filter((data) => data.region === region)
      .map((data) => [data.partnershipId, data.name]),
  );
  const byCase = new Map<string, RecordedEvent[]>();
  for (const event of upTo) {
    if (!event.streamId.startsWith('support-')) continue;
    byCase.set(event.streamId, [...(byCase.get(event.streamId) ?? []), event]);
  }

  const rows: SupportPipelineRow[] = [];
  for (const events of byCase.values()) {
    events.sort((a, b) => a.revision - b.revision);
    let state: SupportCaseState = initialSupportCaseState;
    let statusSince = '';
    let decidedAt: string | null = null;
    let outcomeRecordedAt: string | null = null;
    for (const event of events) {
      const before = state.status;
      state = evolveSupportCase(state, { type: event.type, schemaVersion: 1, data: event.data } as SupportCaseEvent);
      if (state.status !== before) statusSince = event.occurredAt;
      if (event.type === 'SupportDecided') decidedAt = event.occurredAt;
      if (event.type === 'SupportOutcomeRecorded') outcomeRecordedAt = event.occurredAt;
    }
    if (state.status === 'none') continue;
    const name = names.get(state.partnershipId);
    if (name === undefined) continue;
    rows.push({
      caseId: state.caseId,
      partnershipId: state.partnershipId,
      partnershipName: name,
      offerId: state.offerId,
      need: state.need,
      raisedAs: events[0].type === 'SupportRequested' ? 'requested' : 'proposed',
      raisedAt: events[0].occurredAt,
      status: state.status,
      statusSince,
      decision: state.decision?.decision ?? null,
      rationale: state.decision?.rationale ?? null,
      decidedAt,
      deliveredOn: state.delivery?.deliveredOn ?? null,
      outcome: state.outcome
        ? {
            assessmentId: state.outcome.assessmentId,
            baselineAssessmentId: state.outcome.baselineAssessmentId,
            hallmarks: [...state.outcome.hallmarks],
            notes: state.outcome.notes,
          }
        : null,
      outcomeRecordedAt,
    });
  }
  return rows.sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}
