import { Logger, type Provider } from '@nestjs/common';
import { BusConnection } from '@tickwire/bus';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * The gateway's one link to the Redis bus (FEED_SOURCE=redis), shared by the feed, the ticket
 * store and market control. RedisFeed connects it at start-up and closes it at shutdown.
 */
export const busConnectionProvider: Provider = {
  provide: BusConnection,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const logger = new Logger('Redis');
    let lastError = '';
    return new BusConnection(config.bus, (error) => {
      // One line per kind of failure, not one per reconnection attempt.
      if (error.message === lastError) return;
      lastError = error.message;
      logger.warn(error.message);
    });
  },
};
