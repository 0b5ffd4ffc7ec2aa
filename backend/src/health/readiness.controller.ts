import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { type Response } from 'express';
import { MarketFeed } from '../feed/market-feed';

export interface ReadinessBody {
  status: 'ready' | 'unavailable';
  /** Why live data cannot be served now; absent when ready. */
  reason?: string;
}

/**
 * Readiness, apart from liveness (`/health`): a load balancer sends clients here only while the
 * gateway can serve live data. The process itself stays up while its feed is away.
 */
@Controller()
export class ReadinessController {
  constructor(private readonly feed: MarketFeed) {}

  @Get('ready')
  @HttpCode(HttpStatus.OK)
  ready(@Res({ passthrough: true }) response: Response): ReadinessBody {
    if (this.feed.connected) return { status: 'ready' };
    response.status(HttpStatus.SERVICE_UNAVAILABLE);
    response.setHeader('Retry-After', '1');
    return {
      status: 'unavailable',
      reason: `no live data from the ${this.feed.source} feed (the bus or the feed process is down)`,
    };
  }
}
