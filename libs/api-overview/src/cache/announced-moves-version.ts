import type { ProjectionRunner } from '@nsf/projections';
import type { ChannelListener, Listening } from '@nsf/sql';
import type { ReadModelVersion } from './read-model-version';

/** How often the stored checkpoints are compared with what was heard, in case announcements stop unnoticed. */
export const STORED_CHECK_INTERVAL_MS = 1_000;

/**
 * For a database server, told rather than asked: the database announces each move of a stored
 * checkpoint once it has committed (CHECKPOINT_MOVES_CHANNEL, projection-checkpoints.ts), so while
 * this node listens the version is a count of the moves it has heard of, known without a round
 * trip. A move is heard of:
 * - from the announcement, whoever made it (another node, the rebuild tool, the seeder);
 * - at once when this node's runner commits a batch or finishes catching up for a command, so
 *   that whoever sent the command reads what it wrote on this node without waiting for the
 *   announcement to travel (ADR 9);
 * - when listening begins again after the connection was lost: what was said meanwhile was missed.
 * While not listening, the stored checkpoints are read for every request, as before. And every
 * STORED_CHECK_INTERVAL_MS they are compared with the last reading, so that a connection that
 * stopped delivering without saying so leaves the overview at most that much behind.
 */
export class AnnouncedMovesVersion implements ReadModelVersion {
  private heard = 0;
  private isListening = false;
  private lastStored: string | undefined;
  private readonly stored: ReadModelVersion;
  private readonly listening: Listening;
  private readonly stopHearingRunner: Array<() => void>;
  private readonly check: NodeJS.Timeout;

  constructor(options: {
    /** The stored checkpoints, read when nothing can be heard. */
    readonly stored: ReadModelVersion;
    readonly runner: Pick<ProjectionRunner, 'onCommitted' | 'onCaughtUp'>;
    readonly projections: readonly string[];
    /** Starts listening for the announcements (their payloads name the projection). */
    readonly listen: (listener: ChannelListener) => Listening;
    /** Told when listening fails (lost: reading per request meanwhile) and when a periodic comparison fails. */
    readonly onError?: (error: unknown, during: 'listening' | 'comparing') => void;
  }) {
    this.stored = options.stored;
    const followed = new Set(options.projections);
    const report = options.onError ?? (() => undefined);
    this.stopHearingRunner = [
      options.runner.onCommitted((projection) => {
        if (followed.has(projection)) this.moved();
      }),
      options.runner.onCaughtUp(() => this.moved()),
    ];
    this.listening = options.listen({
      heard: (payload) => {
        const projection = projectionNamed(payload);
        if (projection !== undefined && followed.has(projection)) this.moved();
      },
      listening: () => {
        this.moved();
        this.isListening = true;
      },
      lost: (error) => {
        this.isListening = false;
        report(error, 'listening');
      },
    });
    this.check = setInterval(() => {
      if (!this.isListening) return;
      options.stored.current().then(
        (stored) => {
          if (this.lastStored !== undefined && stored !== this.lastStored) this.moved();
          this.lastStored = stored;
        },
        (error: unknown) => report(error, 'comparing'),
      );
    }, STORED_CHECK_INTERVAL_MS);
    this.check.unref();
  }

  current(): Promise<string> {
    return this.isListening ? Promise.resolve(`heard ${this.heard}`) : this.stored.current();
  }

  async stop(): Promise<void> {
    clearInterval(this.check);
    for (const stop of this.stopHearingRunner) stop();
    await this.listening.stop();
  }

  private moved(): void {
    this.heard += 1;
  }
}

/** The projection an announcement names; nothing for a payload that is not one. */
function projectionNamed(payload: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    const name = (parsed as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
