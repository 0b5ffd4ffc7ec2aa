import { Controller, Get } from '@nestjs/common';
import { GatewayServer } from '../gateway/gateway.server';
import { FeedRateSampler } from '../metrics/feed-rate.sampler';

export interface HealthBody {
  status: 'ok';
  uptimeS: number;
  epoch: string;
  connections: number;
  feedTicksPerSecond: number;
  /** Arrival time minus tick time of the latest tick, ms. */
  feedLagMs: number;
}

@Controller()
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    private readonly gateway: GatewayServer,
    private readonly feedRate: FeedRateSampler,
  ) {}

  @Get('health')
  health(): HealthBody {
    return {
      status: 'ok',
      uptimeS: Math.round((Date.now() - this.startedAt) / 1000),
      epoch: this.gateway.wireEpoch,
      connections: this.gateway.connectionCount,
      feedTicksPerSecond: this.feedRate.ticksPerSecond,
      feedLagMs: this.feedRate.feedLagMs,
    };
  }
}
