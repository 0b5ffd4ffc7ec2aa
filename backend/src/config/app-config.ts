import { type AuthConfig, readAuthConfig } from './auth.config';
import {
  type BusConfig,
  EnvReader,
  type FeedConfig,
  readBusConfig,
  readFeedConfig,
} from '@tickwire/config';
import { type GatewayConfig, readGatewayConfig } from './gateway.config';
import { type SecurityConfig, readSecurityConfig } from './security.config';
import { type ServerConfig, readServerConfig } from './server.config';

export interface AppConfig {
  server: ServerConfig;
  feed: FeedConfig;
  /** Where the market comes from: the simulator in this process, or the feed process via Redis. */
  feedSource: FeedSource;
  /** The Redis bus; read only when `feedSource` is `redis`. */
  bus: BusConfig;
  /** With a bus feed: how long a symbol no client holds stays subscribed on the bus. */
  feedReleaseAfterMs: number;
  gateway: GatewayConfig;
  auth: AuthConfig;
  security: SecurityConfig;
}

export const FEED_SOURCES = ['embedded', 'redis'] as const;
export type FeedSource = (typeof FEED_SOURCES)[number];

/** Nest injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const reader = new EnvReader(env);
  const server = readServerConfig(reader);
  const config: AppConfig = {
    server,
    feed: readFeedConfig(reader),
    feedSource: reader.oneOf('FEED_SOURCE', FEED_SOURCES, 'embedded'),
    bus: readBusConfig(reader),
    feedReleaseAfterMs: reader.int('FEED_RELEASE_AFTER_MS', 10_000, { min: 0, max: 3_600_000 }),
    gateway: readGatewayConfig(reader),
    auth: readAuthConfig(reader, server),
    security: readSecurityConfig(reader, server),
  };
  reader.assertValid();
  return config;
}
