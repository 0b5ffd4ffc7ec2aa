import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Retry-After of a 429 for too many open connections: one of them must close first. */
const OPEN_LIMIT_RETRY_AFTER_SECONDS = 5;

/** Why a connection was refused, or null if it may open. */
export type LimitVerdict = 'too many connections' | 'too many new connections' | null;

/**
 * Per-address WebSocket limits: concurrent connections, and new connections per minute (a token
 * bucket holding a minute's worth, refilled continuously).
 */
@Injectable()
export class ConnectionLimiter implements OnModuleDestroy {
  private readonly maxOpen: number;
  private readonly perMinute: number;
  private readonly open = new Map<string, number>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxOpen = config.security.maxConnectionsPerIp;
    this.perMinute = config.security.connectionsPerMinute;
    this.sweeper = setInterval(() => this.forgetFullBuckets(Date.now()), 60_000);
    this.sweeper.unref();
  }

  /** Takes a slot for a new connection from `address`, or says why it cannot. */
  acquire(address: string, now = Date.now()): LimitVerdict {
    const bucket = this.refill(address, now);
    if (bucket.tokens < 1) return 'too many new connections';
    bucket.tokens -= 1;
    const open = this.open.get(address) ?? 0;
    if (open >= this.maxOpen) return 'too many connections';
    this.open.set(address, open + 1);
    return null;
  }

  /**
   * Seconds until `address` may try again, for the `Retry-After` of a 429: when the bucket holds
   * a new connection again, or, when the open connections are the limit, a few seconds.
   */
  retryAfterSeconds(address: string, now = Date.now()): number {
    const bucket = this.refill(address, now);
    if (bucket.tokens >= 1) return OPEN_LIMIT_RETRY_AFTER_SECONDS;
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute));
  }

  release(address: string): void {
    const open = (this.open.get(address) ?? 0) - 1;
    if (open > 0) this.open.set(address, open);
    else this.open.delete(address);
  }

  openFrom(address: string): number {
    return this.open.get(address) ?? 0;
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private refill(address: string, now: number): Bucket {
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (elapsed * this.perMinute) / 60_000);
    bucket.updatedAt = now;
    this.buckets.set(address, bucket);
    return bucket;
  }

  private forgetFullBuckets(now: number): void {
    for (const [address, bucket] of this.buckets) {
      const elapsed = now - bucket.updatedAt;
      if (bucket.tokens + (elapsed * this.perMinute) / 60_000 >= this.perMinute) {
        this.buckets.delete(address);
      }
    }
  }
}
