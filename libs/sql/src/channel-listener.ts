import { Client, type ClientConfig } from 'pg';

/** Told what a LISTEN connection hears, and when it can or cannot hear. */
export interface ChannelListener {
  /** A notification's payload. The server sends them in the order their transactions committed. */
  heard(payload: string): void;
  /** Listening, for the first time or again: whatever was sent while not listening was missed. */
  listening(): void;
  /** The connection was lost or could not be opened: nothing is heard until listening() again. */
  lost(error: unknown): void;
}

export interface Listening {
  stop(): Promise<void>;
}

export interface ListenOptions {
  /** Pause before opening the connection again after it was lost, doubled per failure up to 30 s. Default 1 s. */
  readonly retryDelayMs?: number;
}

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Listens on one channel over a connection of its own — LISTEN belongs to a session, and a pooled
 * connection is handed to whoever asks next — and opens it again whenever it is lost.
 */
export function listenOnChannel(
  config: ClientConfig,
  channel: string,
  listener: ChannelListener,
  options: ListenOptions = {},
): Listening {
  const subscription = new ChannelSubscription(config, channel, listener, options.retryDelayMs ?? 1000);
  subscription.open();
  return subscription;
}

class ChannelSubscription implements Listening {
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly listener: ChannelListener,
    private readonly retryDelayMs: number,
  ) {}

  open(): void {
    if (this.stopped) return;
    // Keep-alive probes find a connection that died without a word (a dropped network path).
    const client = new Client({ ...this.config, keepAlive: true });
    this.client = client;
    let lost = false;
    const lose = (error: unknown) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.listener.lost(error);
      this.openLater();
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error(`the connection listening on ${this.channel} ended`)));
    client.on('notification', (message) => {
      if (!lost && message.channel === this.channel) this.listener.heard(message.payload ?? '');
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${quoteIdentifier(this.channel)}`))
      .then(() => {
        if (lost || this.stopped) return;
        this.failures = 0;
        this.listener.listening();
      })
      .catch(lose);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private openLater(): void {
    const delay = Math.min(this.retryDelayMs * 2 ** this.failures, MAX_RETRY_DELAY_MS);
    this.failures += 1;
    this.retry = setTimeout(() => this.open(), delay);
    // Trying again is no reason to keep the process alive.
    this.retry.unref();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
