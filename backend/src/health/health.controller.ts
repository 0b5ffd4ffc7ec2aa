import { Controller, Get } from '@nestjs/common';
import { type FeedSource } from '../config/app-config';
import { MarketFeed } from '../feed/market-feed';
import { MarketStateService } from '../market/market-state.service';
import { GatewayServer } from '../gateway/gateway.server';
import { FeedRateSampler } from '../market/feed-rate.sampler';

export interface HealthBody {
  status: 'ok';
  uptimeS: number;
  epoch: string;
  connections: number;
  feedTicksPerSecond: number;
  /** Arrival time minus tick time of the latest tick, ms. */
  feedLagMs: number;
  feed: {
    source: FeedSource;
    /** True while live data flows from the feed. */
    connected: boolean;
    /** Ms since the latest tick arrived; null before the first. */
    lastTickAgeMs: number | null;
  };
}

@Controller()
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    private readonly gateway: GatewayServer,
    private readonly feedRate: FeedRateSampler,
    private readonly feed: MarketFeed,
    private readonly market: MarketStateService,
  ) {}

  @Get('health')
  health(): HealthBody {
    const now = Date.now();
    const lastTickAt = this.market.lastTickAt;
    return {
      status: 'ok',
      uptimeS: Math.round((now - this.startedAt) / 1000),
      epoch: this.gateway.wireEpoch,
      connections: this.gateway.connectionCount,
      feedTicksPerSecond: this.feedRate.ticksPerSecond,
      feedLagMs: this.feedRate.feedLagMs,
      feed: {
        source: this.feed.source,
        connected: this.feed.connected,
        lastTickAgeMs: lastTickAt === undefined ? null : Math.max(0, now - lastTickAt),
      },
    };
  }
}
