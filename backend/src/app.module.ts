import { type DynamicModule, Module, type ModuleMetadata, type Provider } from '@nestjs/common';
import { BusConnection } from '@tickwire/bus';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { RedisTicketStore } from './auth/redis-ticket.store';
import { TicketStore } from './auth/ticket.store';
import { BusMarketControl } from './control/bus-market-control';
import { ControlModule } from './control/control.module';
import { MarketControl } from './control/market-control';
import { busConnectionProvider } from './feed/bus.provider';
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
      imports: moduleImports(config),
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
      exports: config.feedSource === 'redis' ? [APP_CONFIG, BusConnection] : [APP_CONFIG],
    };
  }
}

/** FEED_SOURCE: the simulator in this process (default), or the feed process through Redis. */
function feedProviders(config: AppConfig): Provider[] {
  if (config.feedSource === 'redis') {
    return [busConnectionProvider, { provide: MarketFeed, useClass: RedisFeed }];
  }
  return [SimulatedFeed, { provide: MarketFeed, useExisting: SimulatedFeed }];
}

/**
 * Behind a load balancer a ticket bought from one gateway opens /ws on another, and an admin's
 * scenario must reach the one feed every gateway serves: in Redis mode both go through the bus.
 */
function moduleImports(config: AppConfig): NonNullable<ModuleMetadata['imports']> {
  if (config.feedSource !== 'redis') return [AuthModule, ControlModule];
  return [
    AuthModule.withTicketStore({
      provide: TicketStore,
      inject: [APP_CONFIG, BusConnection],
      useFactory: (appConfig: AppConfig, bus: BusConnection) =>
        new RedisTicketStore(appConfig, bus.commands),
    }),
    ControlModule.withControl({
      provide: MarketControl,
      inject: [BusConnection],
      useFactory: (bus: BusConnection) => new BusMarketControl(bus),
    }),
  ];
}
