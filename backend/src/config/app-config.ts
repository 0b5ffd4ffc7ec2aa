import { EnvReader } from './env-reader';
import { type FeedConfig, readFeedConfig } from './feed.config';
import { type GatewayConfig, readGatewayConfig } from './gateway.config';
import { type ServerConfig, readServerConfig } from './server.config';

export interface AppConfig {
  server: ServerConfig;
  feed: FeedConfig;
  gateway: GatewayConfig;
}

/** Nest injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const reader = new EnvReader(env);
  const config: AppConfig = {
    server: readServerConfig(reader),
    feed: readFeedConfig(reader),
    gateway: readGatewayConfig(reader),
  };
  reader.assertValid();
  return config;
}
