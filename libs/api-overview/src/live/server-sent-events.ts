/**
 * One server-sent events response (text/event-stream): named events with a JSON payload, and a
 * comment every `keepAliveMs` so proxies and load balancers do not close a quiet connection.
 * Before each keep-alive the caller's token is checked again (`stillValid`): a stream outlives
 * no token, so when the token expires the stream ends and the client signs in and reconnects.
 */
import type { ServerResponse } from 'node:http';

export interface ServerSentEventsOptions {
  readonly keepAliveMs: number;
  readonly stillValid: () => Promise<boolean>;
  /** Called once when the stream ends, whichever side ended it. */
  readonly onEnd: () => void;
}

/** How long a client waits before reconnecting after the stream drops, as the protocol lets us say. */
const RETRY_MS = 5000;

export class ServerSentEvents {
  private readonly timer: ReturnType<typeof setInterval>;
  private ended = false;

  constructor(
    private readonly response: ServerResponse,
    private readonly options: ServerSentEventsOptions,
  ) {
    response.on('close', () => this.end());
    response.write(`retry: ${RETRY_MS}\n\n`);
    this.timer = setInterval(() => void this.keepAlive(), options.keepAliveMs);
  }

  get open(): boolean {
    return !this.ended;
  }

  send(event: string, data: unknown): void {
    if (this.ended) return;
    // JSON never holds a raw line break, so the payload is always one `data:` line.
    this.response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    if (!this.response.writableEnded) this.response.end();
    this.options.onEnd();
  }

  private async keepAlive(): Promise<void> {
    if (!(await this.options.stillValid())) return this.end();
    if (!this.ended) this.response.write(': keep-alive\n\n');
  }
}
