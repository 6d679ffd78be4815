/**
 * One load run: autocannon POSTs the same GraphQL request on N connections for a fixed time.
 * Latencies are taken from autocannon's per-response event (high-resolution, in milliseconds)
 * rather than its histogram, which keeps whole milliseconds — too coarse for a query answered
 * in a third of one. Every response is checked: a non-2xx status, a socket error or a body with
 * GraphQL errors is counted, because a benchmark of error responses is worthless.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  readonly url: string;
  readonly token: string;
  readonly body: string;
  /** True when a response body is the answer expected (data, no errors). */
  readonly verify: (body: string) => boolean;
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
}

export function runLoad(request: LoadRequest, connections: number, seconds: number): Promise<LoadRun> {
  const latencies: number[] = [];
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
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}
