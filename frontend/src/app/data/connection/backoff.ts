/** Reconnection delays: exponential backoff with full jitter (AWS architecture blog, 2015). */
export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Ceiling no delay ever exceeds. */
  capMs: number;
}

/**
 * The delay before retry number `attempt` (0 for the first): uniformly random in
 * [0, min(cap, base * 2^attempt)). Full jitter spreads thousands of clients that lost the same
 * gateway over the whole window instead of letting them reconnect in waves.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * backoffCeiling(attempt, options));
}

export function backoffCeiling(attempt: number, { baseMs, capMs }: BackoffOptions): number {
  // 2^31 already exceeds every sensible cap; clamping the exponent avoids Infinity.
  return Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempt, 0), 31));
}
