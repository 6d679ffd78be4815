import { auditEvent } from '../audit-event.fixture';
import { clampPosition, replayOrder } from './replay-order';
import { sliderValueText } from './slider-value-text';

describe('the order of the replay', () => {
  it('follows business time, keeping the trail’s order for events of the same instant', () => {
    const registered = auditEvent({ id: 'registered', occurredAt: '2009-04-01T08:00:00Z' });
    const lateEntry = auditEvent({ id: 'late', occurredAt: '2009-05-01T09:00:00Z' });
    const first = auditEvent({ id: 'first', occurredAt: '2009-06-01T10:00:00Z' });
    const sameInstant = auditEvent({ id: 'same', occurredAt: '2009-06-01T10:00:00.000Z' });
    const ids = replayOrder([registered, first, lateEntry, sameInstant]).map((event) => event.id);
    expect(ids).toEqual(['registered', 'late', 'first', 'same']);
  });

  it('keeps a position within the history', () => {
    expect(clampPosition(-3, 10)).toBe(0);
    expect(clampPosition(4, 10)).toBe(4);
    expect(clampPosition(12, 10)).toBe(9);
    expect(clampPosition(3, 0)).toBe(0);
  });
});

describe('the replay slider’s value text', () => {
  it('names the event, its place in the history, who and when', () => {
    expect(sliderValueText(auditEvent(), 11, 136)).toBe(
      'Event 12 of 136: CriterionScored by maya.member, 18 May 2009 at 12:43:06pm',
    );
  });

  it('says so when there is no event', () => {
    expect(sliderValueText(undefined, 0, 0)).toBe('No events');
  });
});
