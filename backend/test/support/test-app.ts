import { type RunningApp, startApp } from '../../src/bootstrap';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { MarketFeed } from '../../src/feed/market-feed';
import { SimulatedFeed } from '../../src/feed/simulated-feed';
import { MetricsService } from '../../src/metrics/metrics.service';

export interface TestApp extends RunningApp {
  config: AppConfig;
  /** ws://host:port/ws */
  wsUrl: string;
  feed: SimulatedFeed;
  metrics: MetricsService;
}

/** Environment every test app starts from; pass overrides (any variable of the README table). */
export const TEST_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'development',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error',
  STATIC_DIR: 'tmp/no-dashboard',
  FEED_SYMBOLS: 'AAPL,MSFT,NVDA,EUR/USD,BTC-USD,SPX,AMD,IBM',
  FEED_TICKS_PER_SECOND: '400',
};

/** Boots the real gateway in this process on an ephemeral port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ ...TEST_ENV, ...env });
  const running = await startApp(config);
  return {
    ...running,
    config,
    wsUrl: `${running.url.replace(/^http/, 'ws')}/ws`,
    feed: running.app.get(MarketFeed) as SimulatedFeed,
    metrics: running.app.get(MetricsService),
  };
}
