import { Inject, Injectable, Logger, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { concatMap, type Observable } from 'rxjs';
import { PROJECTION_RUNNER } from '../infrastructure/tokens';
import { asPlatform } from '../request-scope/request-scope';

/** What is waited for: the projection runner, which applies every event committed before the call. */
export interface ReadModels {
  catchUp(): Promise<void>;
}

/** Longest a command's answer waits for the read models; past it, they follow in their own time. */
export const READ_YOUR_WRITES_LIMIT_MS = 5_000;

/**
 * Answers a command only once the read models hold what it appended, so whatever the caller
 * reads next (the task list after starting an assessment, the pipeline after a decision) shows
 * it. The live runner would get there on its own, but under load not always before the next
 * request. The command has committed by then: a read model that fails or is slow to catch up is
 * logged and waited for no longer than READ_YOUR_WRITES_LIMIT_MS, and never fails the answer.
 * The read models are written as the platform, whoever asked (see asPlatform).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ReadYourWrites');

  constructor(@Inject(PROJECTION_RUNNER) private readonly projections: ReadModels) {}

  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await this.readModelsCaughtUp();
        return answer;
      }),
    );
  }

  private async readModelsCaughtUp(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), READ_YOUR_WRITES_LIMIT_MS);
    });
    try {
      const outcome = await Promise.race([asPlatform(() => this.projections.catchUp()), limit]);
      if (outcome === 'late') this.logger.warn(`read models still catching up after ${READ_YOUR_WRITES_LIMIT_MS} ms`);
    } catch (error) {
      this.logger.error('read models failed to catch up after a command; the live runner retries', error);
    } finally {
      clearTimeout(timer);
    }
  }
}
