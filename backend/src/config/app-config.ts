import { type AuthConfig, readAuthConfig } from './auth.config';
import { EnvReader } from './env-reader';
import { type FeedConfig, readFeedConfig } from './feed.config';
import { type GatewayConfig, readGatewayConfig } from './gateway.config';
import { type SecurityConfig, readSecurityConfig } from './security.config';
import { type ServerConfig, readServerConfig } from './server.config';

export interface AppConfig {
  server: ServerConfig;
  feed: FeedConfig;
  gateway: GatewayConfig;
  auth: AuthConfig;
  security: SecurityConfig;
}

/** Nest injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const reader = new EnvReader(env);
  const server = readServerConfig(reader);
  const config: AppConfig = {
    server,
    feed: readFeedConfig(reader),
    gateway: readGatewayConfig(reader),
    auth: readAuthConfig(reader, server),
    security: readSecurityConfig(reader, server),
  };
  reader.assertValid();
  return config;
}
