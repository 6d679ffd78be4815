import { ownCpuMs, processCpuMs } from './cpu-time';

/** Spends about `ms` of CPU in this process. */
function burn(ms: number): void {
  const until = ownCpuMs() + ms;
  let sink = 0;
  while (ownCpuMs() < until) sink += Math.sqrt(sink + 1);
  expect(sink).toBeGreaterThan(0);
}

describe('CPU time of the two sides of a load run', () => {
  const onLinux = process.platform === 'linux' ? it : it.skip;

  onLinux('reads a process’s CPU time from /proc, in step with its own count (to a few clock ticks)', () => {
    const procBefore = processCpuMs(process.pid);
    const ownBefore = ownCpuMs();
    burn(200);
    const procSpent = (processCpuMs(process.pid) ?? Number.NaN) - (procBefore ?? Number.NaN);
    const ownSpent = ownCpuMs() - ownBefore;
    expect(ownSpent).toBeGreaterThanOrEqual(200);
    // Other threads of this process (the garbage collector's) count in /proc too: never less.
    expect(procSpent).toBeGreaterThanOrEqual(ownSpent - 30);
    expect(procSpent).toBeLessThan(ownSpent * 2 + 30);
  });

  it('knows nothing of a process it cannot read', () => {
    expect(processCpuMs(undefined)).toBeNull();
    expect(processCpuMs(2 ** 30)).toBeNull();
  });
});
