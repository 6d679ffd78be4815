/**
 * The load generator runs on the platform's machine, and its own work on an answer lands in the
 * latency it measures. On Linux, glibc's malloc returns freed memory to the system and maps it
 * again for the next large read buffer, so each 37 kB overview answer cost the generator fresh
 * pages: against a bare Node server sending 37 kB, 0.16–0.32 ms of its CPU per response (half of
 * it in the kernel) and 0.06 ms with the thresholds below raised; the server's side did not change
 * (docs/benchmarks.md). The graphql benchmark therefore runs with them raised. They are set for
 * the benchmark's own process only: the platform it starts keeps the default allocator.
 */
import { spawnSync } from 'node:child_process';

const TUNED = {
  // Keep read buffers of every size on the heap instead of mapping each one afresh.
  MALLOC_MMAP_THRESHOLD_: String(4 * 1024 * 1024),
  // Give freed memory back to the system only when this much lies free at the top of the heap.
  MALLOC_TRIM_THRESHOLD_: String(64 * 1024 * 1024),
};

/** True where glibc reads the settings at start and this process was started without them. */
export function allocatorUntuned(): boolean {
  return process.platform === 'linux' && Object.keys(TUNED).some((name) => process.env[name] === undefined);
}

/** Runs this same command again with the settings, and answers with its exit code. */
export function rerunWithTunedAllocator(): number {
  const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...TUNED, ...process.env },
  });
  return rerun.status ?? 1;
}
