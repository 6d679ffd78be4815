/**
 * One projection kept up to date for as long as the runner runs: it follows the log from the
 * stored checkpoint (woken by the store's subscription), and when that stops — another node
 * holds the projection, or an apply failed and its transaction rolled back — it starts again
 * from the stored checkpoint, after a pause (growing while failures repeat).
 */
import type { Subscription } from '@nsf/event-store';
import { BatchInterrupted, followProjection, type ProjectionContext } from './follow-projection';
import { loadCheckpoint } from './projection-checkpoints';

export interface LiveProjectionTiming {
  /** Pause before checking again whether another node still holds the projection. */
  readonly busyDelayMs: number;
  /** First pause after a failure; doubled per consecutive failure up to maxRetryDelayMs. */
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

const STOPPED = Symbol('stopped');

export class LiveProjection {
  private stopped = false;
  private subscription: Subscription | undefined;
  private interrupt: ((reason: unknown) => void) | undefined;
  private wakeFromPause: (() => void) | undefined;
  private readonly running: Promise<void>;

  constructor(
    private readonly context: ProjectionContext,
    private readonly timing: LiveProjectionTiming,
    private readonly onError: (error: unknown) => void,
  ) {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromPause?.();
    await this.subscription?.stop();
    this.interrupt?.(STOPPED);
    await this.running;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const ended = await this.followUntilInterrupted();
      if (this.stopped) return;
      if (ended instanceof BatchInterrupted) {
        failures = 0;
        if (ended.outcome === 'busy') await this.pause(this.timing.busyDelayMs);
        continue;
      }
      failures++;
      this.onError(ended);
      await this.pause(Math.min(this.timing.retryDelayMs * 2 ** (failures - 1), this.timing.maxRetryDelayMs));
    }
  }

  /** Resolves with why the subscription ended (never while it is following). */
  private async followUntilInterrupted(): Promise<unknown> {
    try {
      const checkpoint = await loadCheckpoint(this.context.db, this.context.projection.name);
      return await new Promise<unknown>((resolve) => {
        this.interrupt = resolve;
        if (this.stopped) resolve(STOPPED);
        else this.subscription = followProjection(this.context, checkpoint, resolve);
      });
    } catch (error) {
      return error;
    } finally {
      this.interrupt = undefined;
      const ended = this.subscription;
      this.subscription = undefined;
      await ended?.stop();
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeFromPause = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeFromPause = done;
    });
  }
}
