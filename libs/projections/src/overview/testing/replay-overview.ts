/**
 * The overview as a fresh fold of the events up to an instant, with the domain's own evolve
 * functions and no SQL: the oracle the read model is checked against. Events are taken in each
 * stream's order, those that occurred after the instant left out.
 */
import {
  CURRENT_FRAMEWORK,
  evolveAssessment,
  evolveSupportCase,
  averageLevel,
  initialAssessmentState,
  initialSupportCaseState,
  type AssessmentEvent,
  type OpenedAssessment,
  type PartnershipRegisteredData,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import type { CycleRow, HallmarkLevelRow, OverviewRows } from '../overview.queries';

const OPEN_SUPPORT = new Set(['requested', 'proposed', 'deferred', 'approved']);

export function replayOverview(log: readonly RecordedEvent[], region: string, asOf: string): OverviewRows {
  const upTo = log.filter((event) => Date.parse(event.occurredAt) <= Date.parse(asOf));
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of upTo) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
  for (const events of byStream.values()) events.sort((a, b) => a.revision - b.revision);

  const partnerships = upTo
    .filter((event) => event.type === 'PartnershipRegistered')
    .map((event) => event.data as PartnershipRegisteredData)
    .filter((data) => data.region === region)
    .map(({ partnershipId, name, type }) => ({ partnershipId, name, type, region }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.partnershipId < b.partnershipId ? -1 : 1));
  const inRegion = new Set(partnerships.map((p) => p.partnershipId));

  const assessments: OpenedAssessment[] = [];
  const priority = new Set<string>();
  const openSupport = new Map<string, number>();
  for (const [streamId, events] of byStream) {
    if (streamId.startsWith('assessment-')) {
      const state = events
        .map((e) => ({ type: e.type, schemaVersion: 1, data: e.data }) as AssessmentEvent)
        .reduce(evolveAssessment, initialAssessmentState);
      if (state.status !== 'not_opened' && inRegion.has(state.partnershipId)) assessments.push(state);
    } else if (streamId.startsWith('support-')) {
      const state: SupportCaseState = events
        .map((e) => ({ type: e.type, schemaVersion: 1, data: e.data }) as SupportCaseEvent)
        .reduce(evolveSupportCase, initialSupportCaseState);
      if (state.status !== 'none' && inRegion.has(state.partnershipId) && OPEN_SUPPORT.has(state.status))
        openSupport.set(state.partnershipId, (openSupport.get(state.partnershipId) ?? 0) + 1);
    } else if (streamId.startsWith('partnership-')) {
      const last = events.filter((e) => e.type === 'PriorityDesignated' || e.type === 'PriorityLifted').pop();
      if (last?.type === 'PriorityDesignated' && inRegion.has(last.tenantId)) priority.add(last.tenantId);
    }
  }

  const cycles: CycleRow[] = [];
  const levels: HallmarkLevelRow[] = [];
  for (const partnershipId of inRegion) {
    const own = assessments
      .filter((a) => a.partnershipId === partnershipId)
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    const latest = own[own.length - 1];
    if (latest) cycles.push({ partnershipId, period: latest.period, status: latest.status });
    const validated = own.filter((a) => a.status === 'validated');
    for (const hallmark of CURRENT_FRAMEWORK.hallmarks) {
      const series = validated
        .map((a) => ({ period: a.period, average: averageLevel(a, hallmark.id, CURRENT_FRAMEWORK) }))
        .filter((point): point is { period: string; average: number } => point.average !== null);
      const newest = series[series.length - 1];
      if (newest)
        levels.push({
          partnershipId,
          hallmarkId: hallmark.id,
          period: newest.period,
          average: newest.average,
          previousAverage: series.length > 1 ? series[series.length - 2].average : null,
        });
    }
  }
  return { partnerships, levels, cycles, priority, openSupport };
}
