/**
 * Classic token bucket: `refill` tokens per `refillPeriodMs` (a second unless said otherwise) flow
 * in continuously, at most `capacity` held. Time comes in as arguments, so tests need no clock.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly refill: number,
    private readonly capacity: number,
    now: number,
    private readonly refillPeriodMs = 1000,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one token if one is there. */
  take(now: number): boolean {
    if (this.available(now) < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** The tokens held at `now` (a fraction while one refills). */
  available(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokensAt(now));
    this.updatedAt = now;
    return this.tokens;
  }

  /** Whether the bucket holds `capacity` at `now`: it then differs in nothing from a new one. */
  isFull(now: number): boolean {
    return this.tokensAt(now) >= this.capacity;
  }

  private tokensAt(now: number): number {
    const elapsed = Math.max(0, now - this.updatedAt);
    return this.tokens + (elapsed * this.refill) / this.refillPeriodMs;
  }
}
