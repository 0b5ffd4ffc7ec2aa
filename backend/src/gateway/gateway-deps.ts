import { type ConnectionAuthenticator } from '../auth/connection-authenticator';
import { type GatewayConfig } from '../config/gateway.config';
import { type FanoutEngine } from '../fanout/fanout.engine';
import { type WireTally } from '../fanout/wire-tally';
import { type MarketFeed } from '../feed/market-feed';
import { type MarketStateService } from '../market/market-state.service';
import { type MetricsService } from '../metrics/metrics.service';

/** What every connection needs from the gateway, passed once instead of one field at a time. */
export interface GatewayDeps {
  config: GatewayConfig;
  engine: FanoutEngine;
  /** Bytes written to every connection, drained into the metrics by each flush. */
  tally: WireTally;
  market: MarketStateService;
  feed: MarketFeed;
  authenticator: ConnectionAuthenticator;
  metrics: MetricsService;
}
