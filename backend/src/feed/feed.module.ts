import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { BusConnection } from '@tickwire/bus';
import { type AppConfig } from '../config/app-config';
import { busConnectionProvider } from './bus.provider';
import { MarketFeed } from './market-feed';
import { RedisFeed } from './redis-feed';
import { SimulatedFeed } from './simulated-feed';

/**
 * The market feed, chosen by FEED_SOURCE: the simulator in this process (default), or the feed
 * process through Redis. Global: a process has one feed, and in Redis mode one bus connection that
 * the ticket store and market control share with it.
 */
@Module({})
export class FeedModule {
  static forConfig(config: AppConfig): DynamicModule {
    const providers: Provider[] =
      config.feedSource === 'redis'
        ? [busConnectionProvider, { provide: MarketFeed, useClass: RedisFeed }]
        : [SimulatedFeed, { provide: MarketFeed, useExisting: SimulatedFeed }];
    return {
      module: FeedModule,
      global: true,
      providers,
      exports: config.feedSource === 'redis' ? [MarketFeed, BusConnection] : [MarketFeed],
    };
  }
}
