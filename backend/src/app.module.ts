import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { BusConnection } from '@tickwire/bus';
import { AuthModule } from './auth/auth.module';
import { RedisTicketStore } from './auth/redis-ticket.store';
import { TicketStore } from './auth/ticket.store';
import { type AppConfig, APP_CONFIG } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { BusMarketControl } from './control/bus-market-control';
import { ControlModule } from './control/control.module';
import { MarketControl } from './control/market-control';
import { FeedModule } from './feed/feed.module';
import { GatewayModule } from './gateway/gateway.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { MarketModule } from './market/market.module';
import { MetricsModule } from './metrics/metrics.module';
import { SymbolsModule } from './symbols/symbols.module';

/** The gateway: one module per feature, wired for the configuration it was started with. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forConfig(config),
        MetricsModule,
        FeedModule.forConfig(config),
        MarketModule,
        ...sharedStateModules(config),
        GatewayModule,
        HealthModule,
        SymbolsModule,
        HistoryModule,
      ],
    };
  }
}

/**
 * Behind a load balancer a ticket bought from one gateway opens /ws on another, and an admin's
 * scenario must reach the one feed every gateway serves: in Redis mode both go through the bus.
 */
function sharedStateModules(config: AppConfig): NonNullable<ModuleMetadata['imports']> {
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
