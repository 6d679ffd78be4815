import type { ChannelListener } from '@nsf/sql';
import { AnnouncedMovesVersion, STORED_CHECK_INTERVAL_MS } from './announced-moves-version';

const FOLLOWED = ['partnerships', 'overview'];

/** A version over stand-ins: stored checkpoints that count their reads, a runner and a channel to speak on. */
function given() {
  let stored: string | Error = 'stored 1';
  let storedReads = 0;
  const committed: ((projection: string) => void)[] = [];
  const caughtUp: (() => void)[] = [];
  let channel: ChannelListener | undefined;
  let stopped = 0;
  const errors: string[] = [];
  const version = new AnnouncedMovesVersion({
    stored: {
      current: () => {
        storedReads += 1;
        return stored instanceof Error ? Promise.reject(stored) : Promise.resolve(stored);
      },
    },
    runner: {
      onCommitted: (listener) => (committed.push(listener), () => committed.splice(committed.indexOf(listener), 1)),
      onCaughtUp: (listener) => (caughtUp.push(listener), () => caughtUp.splice(caughtUp.indexOf(listener), 1)),
    },
    projections: FOLLOWED,
    onError: (error, during) => errors.push(`${during}: ${String(error)}`),
    listen: (listener) => {
      channel = listener;
      return { stop: () => Promise.resolve(void (stopped += 1)) };
    },
  });
  const speak = (): ChannelListener => {
    if (!channel) throw new Error('the version did not listen');
    return channel;
  };
  return {
    version,
    speak,
    announce: (name: string) => speak().heard(JSON.stringify({ schema: 'public', name })),
    commit: (projection: string) => committed.forEach((tell) => tell(projection)),
    catchUp: () => caughtUp.forEach((tell) => tell()),
    storeCheckpoint: (value: string | Error) => void (stored = value),
    errors,
    storedReads: () => storedReads,
    stopped: () => stopped,
    runnerListeners: () => committed.length + caughtUp.length,
  };
}

describe('the version of read models on a server, from announced checkpoint moves', () => {
  it('reads the stored checkpoints for every request until it is listening', async () => {
    const { version, storedReads } = given();
    expect(await version.current()).toBe('stored 1');
    expect(await version.current()).toBe('stored 1');
    expect(storedReads()).toBe(2);
  });

  it('while listening, answers without reading anything, the same until something moves', async () => {
    const { version, speak, storedReads } = given();
    speak().listening();
    const first = await version.current();
    expect(await version.current()).toBe(first);
    expect(first).not.toBe('stored 1');
    expect(storedReads()).toBe(0);
  });

  it('moves when a followed read model’s checkpoint is announced, and only then', async () => {
    const { version, speak, announce } = given();
    speak().listening();
    const before = await version.current();
    announce('audit_events');
    speak().heard('not json');
    speak().heard('null');
    speak().heard(JSON.stringify({ name: 42 }));
    expect(await version.current()).toBe(before);
    announce('overview');
    const afterOverview = await version.current();
    expect(afterOverview).not.toBe(before);
    announce('partnerships');
    expect(await version.current()).not.toBe(afterOverview);
  });

  it('moves at once with this node’s own batches and catch-ups, before any announcement travels', async () => {
    const { version, speak, commit, catchUp } = given();
    speak().listening();
    const before = await version.current();
    commit('support_pipeline');
    expect(await version.current()).toBe(before);
    commit('partnerships');
    const afterBatch = await version.current();
    expect(afterBatch).not.toBe(before);
    catchUp();
    expect(await version.current()).not.toBe(afterBatch);
  });

  it('reads the stored checkpoints again while the connection is lost, and never reuses a value after', async () => {
    const { version, speak, storedReads, errors } = given();
    speak().listening();
    const beforeLoss = await version.current();
    speak().lost(new Error('connection reset'));
    expect(errors).toEqual(['listening: Error: connection reset']);
    expect(await version.current()).toBe('stored 1');
    expect(storedReads()).toBe(1);
    speak().listening();
    const again = await version.current();
    expect([beforeLoss, 'stored 1']).not.toContain(again);
  });

  describe('with the clock in hand', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('compares the stored checkpoints every interval, and moves when announcements missed a move', async () => {
      const { version, speak, storeCheckpoint, storedReads } = given();
      speak().listening();
      const first = await version.current();
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      expect(storedReads()).toBe(1);
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      expect(await version.current()).toBe(first);
      storeCheckpoint('stored 2');
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      expect(await version.current()).not.toBe(first);
    });

    it('says when a comparison fails, and compares again at the next interval', async () => {
      const { version, speak, storeCheckpoint, errors } = given();
      speak().listening();
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      const before = await version.current();
      storeCheckpoint(new Error('server gone'));
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      expect(errors).toEqual(['comparing: Error: server gone']);
      expect(await version.current()).toBe(before);
      storeCheckpoint('stored 2');
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS);
      expect(await version.current()).not.toBe(before);
    });

    it('stops comparing, hearing the runner and listening when stopped', async () => {
      const { version, speak, storedReads, stopped, runnerListeners } = given();
      speak().listening();
      await version.stop();
      await jest.advanceTimersByTimeAsync(STORED_CHECK_INTERVAL_MS * 3);
      expect(storedReads()).toBe(0);
      expect(stopped()).toBe(1);
      expect(runnerListeners()).toBe(0);
    });
  });
});
