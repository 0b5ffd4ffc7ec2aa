import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { MarketFeed } from '../feed/market-feed';
import { MarketStateService } from './market-state.service';
import { MetricsService } from '../metrics/metrics.service';

/** Samples the feed once a second: ticks per second and lag, for /health and /metrics. */
@Injectable()
export class FeedRateSampler implements OnModuleInit, OnModuleDestroy {
  ticksPerSecond = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastCount = 0;
  private lastAt = Date.now();

  constructor(
    private readonly market: MarketStateService,
    private readonly metrics: MetricsService,
    private readonly feed: MarketFeed,
  ) {}

  get feedLagMs(): number {
    return this.market.feedLagMs;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => this.sample(), 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private sample(): void {
    const now = Date.now();
    const count = this.market.ticksReceived;
    this.ticksPerSecond = Math.round(
      ((count - this.lastCount) * 1000) / Math.max(1, now - this.lastAt),
    );
    this.lastCount = count;
    this.lastAt = now;
    this.metrics.feedTicksPerSecond.set(this.ticksPerSecond);
    this.metrics.feedLagSeconds.set(this.market.feedLagMs / 1000);
    this.metrics.feedConnected.set(this.feed.connected ? 1 : 0);
  }
}
