import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Beyond this many tracked keys, the oldest are forgotten (bounds memory under a spray). */
const MAX_TRACKED_KEYS = 100_000;

/**
 * Counts failed logins per (client address, username) over a sliding window. Once the limit is
 * reached, every attempt for that pair is refused, right password or not, until the window moves.
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

  /** Milliseconds until the pair may try again; 0 when it may try now. */
  retryAfterMs(address: string, username: string, now = Date.now()): number {
    const times = this.recent(keyOf(address, username), now);
    if (times.length < this.maxFailures) return 0;
    return times[times.length - this.maxFailures] + this.windowMs - now;
  }

  recordFailure(address: string, username: string, now = Date.now()): void {
    const key = keyOf(address, username);
    const times = this.recent(key, now);
    times.push(now);
    this.failures.delete(key);
    this.failures.set(key, times.slice(-this.maxFailures));
    if (this.failures.size > MAX_TRACKED_KEYS) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  recordSuccess(address: string, username: string): void {
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
