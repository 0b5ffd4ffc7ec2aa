import { type EnvReader } from '@tickwire/config';

export type NodeEnv = 'development' | 'production' | 'test';

export interface ServerConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Folder of the built dashboard, served at `/` when it exists. */
  staticDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export function readServerConfig(env: EnvReader): ServerConfig {
  return {
    nodeEnv: env.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development'),
    port: env.int('PORT', 3000, { min: 0, max: 65535 }),
    host: env.string('HOST', '127.0.0.1'),
    staticDir: env.string('STATIC_DIR', 'dist/frontend/browser'),
    logLevel: env.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'], 'log'),
  };
}
