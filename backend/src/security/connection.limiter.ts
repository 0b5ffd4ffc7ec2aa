import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TokenBucket } from './token-bucket';

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
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxOpen = config.security.maxConnectionsPerIp;
    this.perMinute = config.security.connectionsPerMinute;
    this.sweeper = setInterval(() => this.forgetFullBuckets(Date.now()), 60_000);
    this.sweeper.unref();
  }

  /** Takes a slot for a new connection from `address`, or says why it cannot. */
  acquire(address: string, now = Date.now()): LimitVerdict {
    if (!this.bucketOf(address, now).take(now)) return 'too many new connections';
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
    const tokens = this.bucketOf(address, now).available(now);
    if (tokens >= 1) return OPEN_LIMIT_RETRY_AFTER_SECONDS;
    return Math.max(1, Math.ceil(((1 - tokens) * 60) / this.perMinute));
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

  private bucketOf(address: string, now: number): TokenBucket {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      bucket = new TokenBucket(this.perMinute, this.perMinute, now, 60_000);
      this.buckets.set(address, bucket);
    }
    return bucket;
  }

  /** A full bucket is what an unknown address gets anyway: forgetting it bounds the map. */
  private forgetFullBuckets(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.isFull(now)) this.buckets.delete(address);
    }
  }
}
