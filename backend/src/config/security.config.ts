import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isLoopbackHost, normalizeAddress } from './loopback';
import { type EnvReader } from '@tickwire/config';
import { type ServerConfig } from './server.config';

export interface TlsConfig {
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
}

export interface SecurityConfig {
  /** Origins allowed for upgrades and API calls; null means the defaults (own origin, dev server). */
  allowedOrigins: string[] | null;
  maxConnectionsPerIp: number;
  connectionsPerMinute: number;
  /** https and wss on PORT; null serves plain http (loopback or ALLOW_INSECURE only). */
  tls: TlsConfig | null;
  allowInsecure: boolean;
  /** Proxy addresses whose `X-Forwarded-For` is believed for per-address limits. */
  trustedProxies: string[];
}

/** The Angular dev server, which proxies /api and /ws to the gateway. */
export const DEV_SERVER_ORIGINS = ['http://localhost:4200', 'http://127.0.0.1:4200'];

export function readSecurityConfig(env: EnvReader, server: ServerConfig): SecurityConfig {
  const tls = readTls(env);
  const allowInsecure = env.bool('ALLOW_INSECURE', false);
  if (!tls && !allowInsecure && !isLoopbackHost(server.host)) {
    env.fail(
      'HOST',
      server.host,
      'a loopback address (127.0.0.1, ::1, localhost) unless TLS_CERT and TLS_KEY are set, or ALLOW_INSECURE=1 behind a TLS-terminating proxy',
    );
  }
  return {
    allowedOrigins: readOrigins(env),
    maxConnectionsPerIp: env.int('WS_MAX_CONNECTIONS_PER_IP', 50, { min: 1, max: 10_000_000 }),
    connectionsPerMinute: env.int('WS_CONNECTIONS_PER_MINUTE', 120, { min: 1, max: 100_000_000 }),
    tls,
    allowInsecure,
    trustedProxies: readProxies(env),
  };
}

function readProxies(env: EnvReader): string[] {
  const proxies = env.list('TRUST_PROXY').map((item) => normalizeAddress(item));
  for (const proxy of proxies) {
    if (isIP(proxy) === 0) env.fail('TRUST_PROXY', proxy, 'a comma-separated list of IP addresses');
  }
  return proxies;
}

function readOrigins(env: EnvReader): string[] | null {
  if (env.raw('ALLOWED_ORIGINS') === undefined) return null;
  const origins: string[] = [];
  for (const item of env.list('ALLOWED_ORIGINS')) {
    const origin = toOrigin(item);
    if (origin === null) {
      env.fail(
        'ALLOWED_ORIGINS',
        item,
        'a comma-separated list of origins like https://example.com',
      );
    } else {
      origins.push(origin);
    }
  }
  return origins;
}

/** `https://Example.com:443/` -> `https://example.com`: the form browsers send in `Origin`. */
function toOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
    return bare && ['http:', 'https:'].includes(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

function readTls(env: EnvReader): TlsConfig | null {
  const certPath = env.optionalString('TLS_CERT');
  const keyPath = env.optionalString('TLS_KEY');
  if (certPath === undefined && keyPath === undefined) return null;
  if (certPath === undefined || keyPath === undefined) {
    const missing = certPath === undefined ? 'TLS_CERT' : 'TLS_KEY';
    env.fail(missing, undefined, 'set too: TLS_CERT and TLS_KEY go together');
    return null;
  }
  const cert = readPem(env, 'TLS_CERT', certPath, (pem) => new X509Certificate(pem));
  const key = readPem(env, 'TLS_KEY', keyPath, (pem) => createPrivateKey(pem));
  return cert !== null && key !== null ? { certPath, keyPath, cert, key } : null;
}

function readPem(
  env: EnvReader,
  name: string,
  path: string,
  parse: (pem: string) => unknown,
): string | null {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    env.fail(name, path, `a readable PEM file (${(error as NodeJS.ErrnoException).code ?? error})`);
    return null;
  }
  try {
    parse(pem);
  } catch (error) {
    const what = name === 'TLS_CERT' ? 'certificate' : 'unencrypted private key';
    env.fail(name, path, `a PEM ${what} (${(error as Error).message})`);
    return null;
  }
  return pem;
}
