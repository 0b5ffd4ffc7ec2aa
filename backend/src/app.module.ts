import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { ControlModule } from './control/control.module';
import { MarketFeed } from './feed/market-feed';
import { RedisFeed } from './feed/redis-feed';
import { SimulatedFeed } from './feed/simulated-feed';
import { GatewayServer } from './gateway/gateway.server';
import { HealthController } from './health/health.controller';
import { ReadinessController } from './health/readiness.controller';
import { HistoryController } from './history/history.controller';
import { MarketStateService } from './market/market-state.service';
import { FeedRateSampler } from './metrics/feed-rate.sampler';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { SymbolsController } from './symbols/symbols.controller';

@Module({})
export class AppModule {
  /** `overrides` replace providers by token (tests swap in another feed or authenticator). */
  static forConfig(config: AppConfig, overrides: Provider[] = []): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [AuthModule, ControlModule],
      controllers: [
        HealthController,
        ReadinessController,
        SymbolsController,
        HistoryController,
        MetricsController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        ...feedProviders(config),
        MarketStateService,
        MetricsService,
        FeedRateSampler,
        GatewayServer,
        ...overrides,
      ],
      exports: [APP_CONFIG],
    };
  }
}

/** FEED_SOURCE: the simulator in this process (default), or the feed process through Redis. */
function feedProviders(config: AppConfig): Provider[] {
  if (config.feedSource === 'redis') return [{ provide: MarketFeed, useClass: RedisFeed }];
  return [SimulatedFeed, { provide: MarketFeed, useExisting: SimulatedFeed }];
}
