import type { GraphQLError } from 'graphql';
import { MutationRateLimiter } from './mutation-rate-limiter';

function clockAt(start: string) {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function refusal(take: () => void): GraphQLError | null {
  try {
    take();
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
}

describe('the mutation rate limit', () => {
  it('lets a user make the configured number of changes at once, then refuses with RATE_LIMITED', () => {
    const clock = clockAt('2009-06-01T09:00:00Z');
    const limiter = new MutationRateLimiter(3, clock);
    for (let i = 0; i < 3; i++) expect(refusal(() => limiter.take('liam.lead'))).toBeNull();
    const refused = refusal(() => limiter.take('liam.lead'));
    expect(refused?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 20 });
    expect(refused?.message).toBe('You have made more than 3 changes in a minute. Wait 20 seconds and try again.');
  });

  it('counts each user apart', () => {
    const limiter = new MutationRateLimiter(1, clockAt('2009-06-01T09:00:00Z'));
    expect(refusal(() => limiter.take('liam.lead'))).toBeNull();
    expect(refusal(() => limiter.take('maya.member'))).toBeNull();
    expect(refusal(() => limiter.take('liam.lead'))?.extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('gives changes back as the minute passes', () => {
    const clock = clockAt('2009-06-01T09:00:00Z');
    const limiter = new MutationRateLimiter(2, clock);
    limiter.take('nora.northwest');
    limiter.take('nora.northwest');
    clock.advance(29_000);
    expect(refusal(() => limiter.take('nora.northwest'))?.extensions?.['retryAfterSeconds']).toBe(1);
    clock.advance(1_000);
    expect(refusal(() => limiter.take('nora.northwest'))).toBeNull();
  });
});
