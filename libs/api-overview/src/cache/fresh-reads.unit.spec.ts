import { FreshReads } from './fresh-reads';

/** A read whose answer the test gives when it likes; `started` counts reads begun. */
function controlledReads() {
  const pending: ((value: number) => void)[] = [];
  const failing: ((error: Error) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started += 1;
      pending.push(resolve);
      failing.push(reject);
    });
  return {
    read,
    started: () => started,
    finish: (index: number, value: number) => pending[index](value),
    fail: (index: number) => failing[index](new Error('the database went away')),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('fresh reads', () => {
  it('begins a read at once for a caller alone', async () => {
    const reads = controlledReads();
    const fresh = new FreshReads(reads.read);
    const answer = fresh.get();
    expect(reads.started()).toBe(1);
    reads.finish(0, 7);
    await expect(answer).resolves.toBe(7);
    const again = fresh.get();
    expect(reads.started()).toBe(2);
    reads.finish(1, 8);
    await expect(again).resolves.toBe(8);
  });

  it('never answers a caller with a read begun before it asked', async () => {
    const reads = controlledReads();
    const fresh = new FreshReads(reads.read);
    const first = fresh.get();
    const second = fresh.get();
    const third = fresh.get();
    // The second and third wait for a read of their own, which they share.
    expect(reads.started()).toBe(1);
    reads.finish(0, 1);
    await expect(first).resolves.toBe(1);
    await settle();
    expect(reads.started()).toBe(2);
    reads.finish(1, 2);
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
  });

  it('starts the next shared read only for callers who asked while one was under way', async () => {
    const reads = controlledReads();
    const fresh = new FreshReads(reads.read);
    void fresh.get();
    const waiting = fresh.get();
    reads.finish(0, 1);
    await settle();
    // The shared read is now under way: a caller now waits for yet another.
    const later = fresh.get();
    expect(reads.started()).toBe(2);
    reads.finish(1, 2);
    await expect(waiting).resolves.toBe(2);
    await settle();
    expect(reads.started()).toBe(3);
    reads.finish(2, 3);
    await expect(later).resolves.toBe(3);
  });

  it('passes a failed read to its callers, and reads again for those waiting', async () => {
    const reads = controlledReads();
    const fresh = new FreshReads(reads.read);
    const failed = fresh.get();
    const waiting = fresh.get();
    reads.fail(0);
    await expect(failed).rejects.toThrow('the database went away');
    await settle();
    reads.finish(1, 5);
    await expect(waiting).resolves.toBe(5);
  });
});
