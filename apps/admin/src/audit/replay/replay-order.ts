// The order the replay slider steps through a history in: business time (when each event
// occurred), because the state it shows is the partnership "as of" that time. The audit trail
// lists events in the order they were recorded, which can differ (a decision entered a day
// late); events of the same instant keep the trail's order.
import type { AuditEvent } from '../audit-trail.query';

export function replayOrder(events: readonly AuditEvent[]): readonly AuditEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.occurredAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
}

/** A position on the slider kept within the history: the nearest end when outside it. */
export function clampPosition(position: number, eventCount: number): number {
  if (eventCount === 0) return 0;
  return Math.min(Math.max(Math.round(position), 0), eventCount - 1);
}
