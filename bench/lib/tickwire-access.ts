/**
 * How the bench gets into the production gateway: NODE_ENV=production with a real secret, one
 * `pro` user in a USERS_FILE (hashed by the gateway's own `hashPassword`), and the per-IP
 * connection limits raised, since every load connection comes from 127.0.0.1.
 */
import { hashPassword } from '@tickwire/config';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const USERNAME = 'bench';
const PASSWORD = randomBytes(18).toString('base64url');

let usersFile: string | undefined;

async function writeUsersFile(): Promise<string> {
  if (usersFile) return usersFile;
  const users = [{ username: USERNAME, plan: 'pro', passwordHash: await hashPassword(PASSWORD) }];
  const file = join(mkdtempSync(join(tmpdir(), 'tickwire-bench-')), 'users.json');
  writeFileSync(file, JSON.stringify({ users }), { mode: 0o600 });
  usersFile ??= file;
  return usersFile;
}

export async function tickwireEnv(): Promise<Record<string, string>> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(48).toString('base64'),
    USERS_FILE: await writeUsersFile(),
    WS_MAX_CONNECTIONS_PER_IP: '100000',
    WS_CONNECTIONS_PER_MINUTE: '10000000',
  };
}

export interface BenchSession {
  accessToken: string;
  expiresAt: number;
  user: { username: string; plan: string };
}

/** Signs in as the bench's pro user. */
export async function tickwireLogin(url: string): Promise<BenchSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(
      `login as the bench user failed: HTTP ${response.status} ${await response.text()}`,
    );
  }
  return (await response.json()) as BenchSession;
}

/** Load connections send the access token at the handshake, as a server-side client would. */
export async function tickwireCredentials(url: string): Promise<Record<string, string>> {
  const session = await tickwireLogin(url);
  return { authorization: `Bearer ${session.accessToken}` };
}
