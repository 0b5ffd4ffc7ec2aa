import { randomBytes } from 'node:crypto';
import { parseDuration } from './duration';
import { type EnvReader } from '@tickwire/config';
import { type ServerConfig } from './server.config';
import { type UserRecord, readUsersFile } from './users-file';

export interface AuthConfig {
  /** HMAC key of the access tokens (HS256). */
  secret: Uint8Array;
  /** True when no AUTH_SECRET was given and a random one was drawn for this run. */
  secretIsEphemeral: boolean;
  accessTokenTtlMs: number;
  /** How long a fresh access token may be renewed through /api/auth/refresh. */
  sessionMaxAgeMs: number;
  /** Lifetime of a WebSocket ticket (at most 30 s). */
  ticketTtlMs: number;
  /** Users from USERS_FILE; null when no file is given. */
  users: UserRecord[] | null;
  /** The `demo`/`demo` pro user: only outside production and only without USERS_FILE. */
  demoUser: boolean;
  /** Failed logins per (address, username) within `loginWindowMs` before 429. */
  loginMaxFailures: number;
  loginWindowMs: number;
}

const MIN_SECRET_BYTES = 32;
const MAX_TICKET_TTL_MS = 30_000;

export function readAuthConfig(env: EnvReader, server: ServerConfig): AuthConfig {
  const production = server.nodeEnv === 'production';
  const secretText = env.raw('AUTH_SECRET');
  let secret: Uint8Array = randomBytes(MIN_SECRET_BYTES);
  if (secretText !== undefined) {
    if (Buffer.byteLength(secretText, 'utf8') < MIN_SECRET_BYTES) {
      env.fail('AUTH_SECRET', '[hidden]', `at least ${MIN_SECRET_BYTES} bytes long`);
    } else {
      secret = new Uint8Array(Buffer.from(secretText, 'utf8'));
    }
  } else if (production) {
    env.fail(
      'AUTH_SECRET',
      undefined,
      `set to a random string of at least ${MIN_SECRET_BYTES} bytes in production (e.g. \`openssl rand -base64 48\`)`,
    );
  }
  const usersFile = env.optionalString('USERS_FILE');
  const users = usersFile === undefined ? null : readUsersFile(env, usersFile);
  return {
    secret,
    secretIsEphemeral: secretText === undefined,
    accessTokenTtlMs: duration(env, 'ACCESS_TOKEN_TTL', '15m', { min: 1000, max: 86_400_000 }),
    sessionMaxAgeMs: duration(env, 'SESSION_MAX_AGE', '12h', { min: 1000, max: 30 * 86_400_000 }),
    ticketTtlMs: duration(env, 'WS_TICKET_TTL', '30s', { min: 1000, max: MAX_TICKET_TTL_MS }),
    users,
    demoUser: !production && usersFile === undefined,
    loginMaxFailures: env.int('LOGIN_MAX_FAILURES', 5, { min: 1, max: 1000 }),
    loginWindowMs: duration(env, 'LOGIN_WINDOW', '60s', { min: 1000, max: 86_400_000 }),
  };
}

function duration(
  env: EnvReader,
  name: string,
  fallback: string,
  range: { min: number; max: number },
): number {
  const text = env.string(name, fallback);
  const ms = parseDuration(text);
  if (!Number.isFinite(ms) || ms < range.min || ms > range.max) {
    env.fail(
      name,
      text,
      `a duration such as 900 (seconds), 90s, 15m or 1h, from ${range.min} ms to ${range.max} ms`,
    );
    return parseDuration(fallback);
  }
  return ms;
}
