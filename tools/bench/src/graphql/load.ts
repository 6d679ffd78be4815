/**
 * One load run: autocannon POSTs the same GraphQL request on N connections for a fixed time.
 * Latencies are taken from autocannon's per-response event (high-resolution, in milliseconds)
 * rather than its histogram, which keeps whole milliseconds — too coarse for a query answered
 * in a third of one. Every response is checked: a non-2xx status, a socket error or a body with
 * GraphQL errors is counted, because a benchmark of error responses is worthless.
 */
import autocannon from 'autocannon';
import { ownCpuMs, processCpuMs } from './cpu-time';

export interface LoadRequest {
  readonly url: string;
  readonly token: string;
  readonly body: string;
  /** True when a response body is the answer expected (data, no errors). */
  readonly verify: (body: string) => boolean;
  /** The platform's process, whose CPU time is read before and after the run (null: not read). */
  readonly platformPid?: number;
}

export interface LoadRun {
  /** Milliseconds, one per 2xx response, in the order received. */
  readonly latencies: number[];
  readonly requestsPerSecond: number;
  readonly non2xx: number;
  /** Socket errors and timeouts. */
  readonly errors: number;
  /** 2xx responses whose body was not the answer expected (GraphQL errors, missing data). */
  readonly badBodies: number;
  /** CPU milliseconds per 2xx response: the load generator's (this process), and the platform's (null: unknown). */
  readonly cpuPerResponse: { readonly loadGenerator: number; readonly platform: number | null };
}

export function runLoad(request: LoadRequest, connections: number, seconds: number): Promise<LoadRun> {
  const latencies: number[] = [];
  const ownBefore = ownCpuMs();
  const platformBefore = processCpuMs(request.platformPid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
        body: request.body,
        verifyBody: (body) => request.verify(typeof body === 'string' ? body : (body?.toString('utf8') ?? '')),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon could not run'));
          return;
        }
        resolve({
          latencies,
          requestsPerSecond: latencies.length / result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          badBodies: result.mismatches,
          cpuPerResponse: cpuPerResponse(latencies.length, ownBefore, platformBefore, request.platformPid),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function cpuPerResponse(
  responses: number,
  ownBefore: number,
  platformBefore: number | null,
  platformPid: number | undefined,
): LoadRun['cpuPerResponse'] {
  const platformAfter = processCpuMs(platformPid);
  const per = (spent: number) => (responses === 0 ? Number.NaN : spent / responses);
  return {
    loadGenerator: per(ownCpuMs() - ownBefore),
    platform: platformBefore === null || platformAfter === null ? null : per(platformAfter - platformBefore),
  };
}
