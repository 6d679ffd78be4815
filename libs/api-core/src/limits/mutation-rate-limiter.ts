import { GraphQLError } from 'graphql';
import type { Clock } from '../infrastructure/tokens';
import { TokenBuckets } from './token-bucket';

const MINUTE_MS = 60_000;

/**
 * Limits how many changes (GraphQL mutations) one user may make a minute, so a stuck script or a
 * stolen token cannot flood the event store. Reads are not limited here.
 */
export class MutationRateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(
    readonly perMinute: number,
    private readonly clock: Clock,
  ) {
    this.buckets = new TokenBuckets(perMinute, MINUTE_MS);
  }

  /** Counts one mutation for `username`, or throws RATE_LIMITED when they have used up their minute. */
  take(username: string): void {
    const waitMs = this.buckets.take(username, this.clock.now().getTime());
    if (waitMs === 0) return;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new GraphQLError(
      `You have made more than ${this.perMinute} changes in a minute. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
      { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } },
    );
  }
}
