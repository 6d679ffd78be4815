// What the replay slider says of its position, for aria-valuetext: a screen reader would otherwise
// announce a bare number ("12"), which says nothing about the history.
import { auditInstant } from '../audit-dates';
import type { AuditEvent } from '../audit-trail.query';

export function sliderValueText(event: AuditEvent | undefined, position: number, eventCount: number): string {
  if (!event) return 'No events';
  return `Event ${position + 1} of ${eventCount}: ${event.type} by ${event.actor}, ${auditInstant(event.occurredAt)}`;
}
