/**
 * Reconnection delays: exponential backoff with full jitter (AWS architecture blog, 2015), the
 * recipe of docs/protocol.md. The one implementation: the dashboard, the terminal client, and the
 * gateway's and feed's links to Redis all wait with it.
 */
export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Ceiling no delay ever exceeds. */
  capMs: number;
}

/** protocol.md's recipe for clients: the ceiling starts at 0.5 s and doubles up to 30 s. */
export const RECONNECT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 30_000 };

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
