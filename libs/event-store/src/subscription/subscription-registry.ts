import type { Subscription } from '../port';

/**
 * The subscriptions an adapter has handed out and not yet stopped, so that closing the store
 * stops every one of them (no timer or stream may outlive it).
 */
export class SubscriptionRegistry {
  private readonly open = new Set<Subscription>();

  /** Tracks `subscription` and returns the handle to give the caller: stopping it untracks it. */
  track(subscription: Subscription): Subscription {
    this.open.add(subscription);
    return {
      caughtUp: () => subscription.caughtUp(),
      stop: async () => {
        this.open.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async stopAll(): Promise<void> {
    const open = [...this.open];
    this.open.clear();
    await Promise.all(open.map((subscription) => subscription.stop()));
  }
}
