/** A token bucket: `burst` tokens, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when the bucket is full again (its key can be forgotten). */
  isIdle(now = Date.now()): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.perSecond >= this.burst;
  }
}

export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** One bucket per key (an address); idle buckets are swept so the map stays small. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweptAt = Date.now();

  constructor(private readonly limit: RateLimit) {}

  take(key: string, now = Date.now()): boolean {
    if (now - this.sweptAt > 60_000) this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.limit.perSecond, this.limit.burst, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) if (bucket.isIdle(now)) this.buckets.delete(key);
  }
}
