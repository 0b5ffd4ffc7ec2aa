import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Beyond this many tracked keys, the oldest are forgotten (bounds memory under a spray). */
const MAX_TRACKED_KEYS = 100_000;

/**
 * Counts failed logins per (client address, username) over a sliding window. Once the limit is
 * reached, every attempt for that pair is refused, right password or not, until the window moves.
 * An attempt counts as failed from the moment it starts (password checks take ~50 ms, and
 * attempts sent in parallel must not all pass the check before the first one fails).
 */
@Injectable()
export class LoginThrottle {
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxFailures = config.auth.loginMaxFailures;
    this.windowMs = config.auth.loginWindowMs;
  }

  /**
   * Starts an attempt: returns 0 and counts it as a failure until `succeeded`, or returns the
   * milliseconds until the pair may try again.
   */
  begin(address: string, username: string, now = Date.now()): number {
    const key = keyOf(address, username);
    const times = this.recent(key, now);
    if (times.length >= this.maxFailures) {
      return times[times.length - this.maxFailures] + this.windowMs - now;
    }
    times.push(now);
    this.failures.delete(key);
    this.failures.set(key, times);
    if (this.failures.size > MAX_TRACKED_KEYS) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
    return 0;
  }

  /** The password was right: the pair's failures are forgotten. */
  succeeded(address: string, username: string): void {
    this.failures.delete(keyOf(address, username));
  }

  private recent(key: string, now: number): number[] {
    const times = this.failures.get(key);
    if (!times) return [];
    const recent = times.filter((time) => time > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}

function keyOf(address: string, username: string): string {
  return `${address}\u0000${username}`;
}
