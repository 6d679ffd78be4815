import { auditEvent } from './audit-event.fixture';
import type { AuditEvent } from './audit-trail.query';
import { fetchWholeTrail } from './fetch-whole-trail';
import type { TrailPageOutcome } from './request-trail-page';

const events: readonly AuditEvent[] = Array.from({ length: 5 }, (_, revision) =>
  auditEvent({ id: `event-${revision}`, revision }),
);

/** A trail served two events a page, the cursor being the index of the next event. */
function servedTwoAtATime(after: string | null): Promise<TrailPageOutcome> {
  const start = after === null ? 0 : Number(after);
  const page = events.slice(start, start + 2);
  const hasNextPage = start + 2 < events.length;
  return Promise.resolve({ ok: true, page: { events: page, hasNextPage, endCursor: String(start + page.length) } });
}

describe('fetching a whole audit trail', () => {
  it('follows the cursors to the last page, keeping the events in order', async () => {
    const progress: number[] = [];
    const outcome = await fetchWholeTrail(servedTwoAtATime, (count) => progress.push(count));
    expect(outcome).toEqual({ ok: true, events });
    expect(progress).toEqual([2, 4, 5]);
  });

  it('gives the errors of a page that failed', async () => {
    const refused = { message: 'Forbidden', extensions: { code: 'FORBIDDEN' } };
    const outcome = await fetchWholeTrail((after) =>
      after === null ? servedTwoAtATime(after) : Promise.resolve({ ok: false, errors: [refused] }),
    );
    expect(outcome).toEqual({ ok: false, errors: [refused] });
  });

  it('stops, failing, when a page says there is more but gives no new cursor', async () => {
    const outcome = await fetchWholeTrail(() =>
      Promise.resolve({ ok: true, page: { events: events.slice(0, 1), hasNextPage: true, endCursor: null } }),
    );
    expect(outcome.ok).toBe(false);
  });
});
