/**
 * Measuring helpers shared by benchmarks: time-boxed rounds that alternate the two contenders
 * (so drift in the machine or the tables affects both alike) and medians of the rates.
 */
import { performance } from 'node:perf_hooks';
import { median, medianRatio, round } from './statistics';

export interface Comparison {
  /** Events per second, median over rounds. */
  readonly ours: number;
  readonly raw: number;
  /**
   * ours / raw, as the median of each round's ratio: the two runs of a round are adjacent in time,
   * so load from other processes on a shared machine affects both alike. 1 means no overhead.
   */
  readonly ratio: number;
}

/** One measured run: how many events it handled. Its duration is measured around it. */
export type Run = () => Promise<number>;

export async function rate(run: Run): Promise<number> {
  const started = performance.now();
  const events = await run();
  return events / ((performance.now() - started) / 1000);
}

/** Runs ours and raw in alternating order for `rounds` rounds and compares their rates. */
export async function compare(name: string, rounds: number, ours: Run, raw: Run): Promise<Comparison> {
  const oursRates: number[] = [];
  const rawRates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order: Array<['ours' | 'raw', Run, number[]]> = [
      ['ours', ours, oursRates],
      ['raw', raw, rawRates],
    ];
    if (round % 2 === 1) order.reverse();
    for (const [label, run, rates] of order) {
      const measured = await rate(run);
      rates.push(measured);
      progress(`${name} round ${round + 1}/${rounds} ${label}: ${Math.round(measured)} events/s`);
    }
  }
  return {
    ours: Math.round(median(oursRates)),
    raw: Math.round(median(rawRates)),
    ratio: round(medianRatio(oursRates, rawRates)),
  };
}

/** Runs `worker` on `writers` concurrent workers until `seconds` have passed; returns the events they handled. */
export async function forDuration(
  seconds: number,
  writers: number,
  worker: (writer: number) => Promise<number>,
): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let events = 0;
      while (performance.now() < deadline) events += await worker(writer);
      return events;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
