/**
 * Per-key token buckets: each key may spend `capacity` tokens at once, and earns them back at
 * `capacity` per `windowMs`. In process and in memory: each API replica limits on its own,
 * which bounds a runaway client without a shared store.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly refillPerMs: number;

  constructor(
    readonly capacity: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('a token bucket holds at least one token');
    this.refillPerMs = capacity / windowMs;
  }

  /**
   * Spends one token of `key` at `nowMs`. Returns 0 when it was spent, or else how many
   * milliseconds until one is available.
   */
  take(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.capacity, bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * this.refillPerMs)
      : this.capacity;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, updatedAt: nowMs });
      return Math.ceil((1 - tokens) / this.refillPerMs);
    }
    this.buckets.set(key, { tokens: tokens - 1, updatedAt: nowMs });
    if (this.buckets.size > 10_000) this.forgetFull(nowMs);
    return 0;
  }

  /** A bucket that has filled up again is the same as none: drop those, so memory follows activity. */
  private forgetFull(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.updatedAt) * this.refillPerMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
