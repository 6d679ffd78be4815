import type { RecordedEvent } from '../envelope';
import type { ReadAllOptions, ReadAllPage } from '../port';
import { AppendSignal } from './append-signal';
import { CatchUpSubscription, type FollowableLog } from './catch-up-subscription';

/**
 * A log whose reader sees only up to `visible` (a gap-safe store holding back events behind a
 * slow transaction), while its head already counts everything committed.
 */
class FakeLog implements FollowableLog {
  readonly events: RecordedEvent[] = [];
  visible = 0;
  readonly signal = new AppendSignal();

  add(count: number, { visible = true, notify = true } = {}): void {
    for (let i = 0; i < count; i++) {
      const position = this.events.length + 1;
      this.events.push({ id: `e${position}`, checkpoint: String(position), globalPosition: position } as RecordedEvent);
    }
    if (visible) this.visible = this.events.length;
    if (notify) this.signal.notify();
  }

  readAll({ after, maxCount = 10 }: ReadAllOptions): Promise<ReadAllPage> {
    const start = after === undefined ? 0 : Number(after);
    const events = this.events.slice(start, Math.min(start + maxCount, this.visible));
    return Promise.resolve({ events, checkpoint: events.length > 0 ? events[events.length - 1].checkpoint : after });
  }

  headCheckpoint(): Promise<string | undefined> {
    return Promise.resolve(this.events.length === 0 ? undefined : String(this.events.length));
  }

  compareCheckpoints(a: string, b: string): number {
    return Number(a) - Number(b);
  }

  onAppended(listener: () => void): () => void {
    return this.signal.listen(listener);
  }
}

function follow(log: FakeLog, pollIntervalMs = 60_000) {
  const delivered: string[] = [];
  const subscription = new CatchUpSubscription(log, {
    maxCount: 3,
    pollIntervalMs,
    onEvents: (events) => {
      delivered.push(...events.map((e) => e.id));
      return Promise.resolve();
    },
  });
  return { delivered, subscription };
}

describe('CatchUpSubscription', () => {
  it('is caught up at once on an empty log', async () => {
    const { subscription, delivered } = follow(new FakeLog());
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered).toEqual([]);
  });

  it('delivers history in pages, then an append signalled in this process', async () => {
    const log = new FakeLog();
    log.add(7);
    const { subscription, delivered } = follow(log);
    await subscription.caughtUp();
    expect(delivered).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    log.add(2);
    await subscription.caughtUp();
    expect(delivered).toHaveLength(9);
    await subscription.stop();
  });

  it('finds appends made elsewhere (no signal) by polling', async () => {
    const log = new FakeLog();
    const { subscription, delivered } = follow(log, 5);
    await subscription.caughtUp();
    log.add(2, { notify: false });
    await subscription.caughtUp();
    expect(delivered).toEqual(['e1', 'e2']);
    await subscription.stop();
  });

  it('is not caught up while committed events are held back behind a slower transaction', async () => {
    const log = new FakeLog();
    log.add(2);
    log.add(3, { visible: false });
    const { subscription, delivered } = follow(log, 5);
    let caughtUp = false;
    const waiting = subscription.caughtUp().then(() => (caughtUp = true));
    // Let the subscription read all that is visible and go idle a few times.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(delivered).toEqual(['e1', 'e2']);
    expect(caughtUp).toBe(false);
    log.visible = log.events.length;
    log.signal.notify();
    await waiting;
    expect(delivered).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    await subscription.stop();
  });

  it('starts after the checkpoint given', async () => {
    const log = new FakeLog();
    log.add(4);
    const delivered: string[] = [];
    const subscription = new CatchUpSubscription(log, {
      after: '2',
      pollIntervalMs: 60_000,
      onEvents: (events) => {
        delivered.push(...events.map((e) => e.id));
        return Promise.resolve();
      },
    });
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered).toEqual(['e3', 'e4']);
  });

  it('stops cleanly while idle, stops listening, and refuses caughtUp afterwards', async () => {
    const log = new FakeLog();
    const unlisten = jest.fn();
    jest.spyOn(log, 'onAppended').mockImplementation((listener) => {
      const stop = log.signal.listen(listener);
      unlisten.mockImplementation(stop);
      return unlisten;
    });
    const { subscription } = follow(log);
    await subscription.caughtUp();
    expect(unlisten).not.toHaveBeenCalled();
    await subscription.stop();
    expect(unlisten).toHaveBeenCalledTimes(1);
    await expect(subscription.caughtUp()).rejects.toThrow('stopped');
  });

  it('stops on a failing read, reports it and rejects waiting callers', async () => {
    const log = new FakeLog();
    const failure = new Error('database gone');
    jest.spyOn(log, 'readAll').mockRejectedValue(failure);
    log.add(1);
    const reported: unknown[] = [];
    const subscription = new CatchUpSubscription(log, {
      pollIntervalMs: 60_000,
      onEvents: () => Promise.resolve(),
      onError: (error) => reported.push(error),
    });
    await expect(subscription.caughtUp()).rejects.toBe(failure);
    await subscription.stop();
    expect(reported).toEqual([failure]);
  });
});
