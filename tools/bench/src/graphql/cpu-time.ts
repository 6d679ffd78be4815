/**
 * CPU time spent by the two sides of a load run, so a latency can be read against who spent it:
 * on one machine the load generator's own work on a large answer (receiving, parsing, checking
 * it) lands in the latency it measures, as much as the platform's.
 */
import { readFileSync } from 'node:fs';

/** Milliseconds of CPU (user and system) this process has used so far. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Milliseconds of CPU (user and system) process `pid` has used so far, from /proc (Linux), or
 * null where there is no /proc to read. /proc counts in clock ticks (10 ms at the usual 100 Hz),
 * fine enough over a run of thousands of requests.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux build this runs on (sysconf(_SC_CLK_TCK) is not reachable from Node). */
const CLOCK_TICKS_PER_SECOND = 100;
