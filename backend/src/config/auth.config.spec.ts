import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@tickwire/config';
import { loadConfig } from './app-config';
import { configProblems } from './testing/config-problems';

const SECRET = 'x'.repeat(32);

function usersFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tickwire-users-')), 'users.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('auth configuration', () => {
  it('requires AUTH_SECRET in production', () => {
    expect(configProblems({ NODE_ENV: 'production' })).toMatch(
      /^AUTH_SECRET must be set to a random string of at least 32 bytes in production .*\(it is not set\)$/,
    );
  });

  it('refuses a short AUTH_SECRET without echoing it', () => {
    const message = configProblems({ NODE_ENV: 'production', AUTH_SECRET: 'short-secret' });
    expect(message).toContain('AUTH_SECRET must be at least 32 bytes long');
    expect(message).not.toContain('short-secret');
  });

  it('counts bytes, not characters', () => {
    expect(configProblems({ NODE_ENV: 'production', AUTH_SECRET: 'é'.repeat(16) })).toBe('');
    expect(configProblems({ NODE_ENV: 'production', AUTH_SECRET: 'é'.repeat(15) })).toContain(
      'AUTH_SECRET',
    );
  });

  it('draws a random secret per start in development and says so', () => {
    const a = loadConfig({});
    const b = loadConfig({});
    expect(a.auth.secretIsEphemeral).toBe(true);
    expect(Buffer.from(a.auth.secret).equals(Buffer.from(b.auth.secret))).toBe(false);
    expect(Buffer.from(loadConfig({ AUTH_SECRET: SECRET }).auth.secret).toString()).toBe(SECRET);
  });

  it('parses ACCESS_TOKEN_TTL as seconds or with a unit, 15 minutes by default', () => {
    expect(loadConfig({}).auth.accessTokenTtlMs).toBe(900_000);
    expect(loadConfig({ ACCESS_TOKEN_TTL: '120' }).auth.accessTokenTtlMs).toBe(120_000);
    expect(loadConfig({ ACCESS_TOKEN_TTL: '2h' }).auth.accessTokenTtlMs).toBe(7_200_000);
    expect(configProblems({ ACCESS_TOKEN_TTL: 'soon' })).toMatch(
      /^ACCESS_TOKEN_TTL must be a duration/,
    );
  });

  it('caps the ticket lifetime at 30 s', () => {
    expect(loadConfig({}).auth.ticketTtlMs).toBe(30_000);
    expect(configProblems({ WS_TICKET_TTL: '31s' })).toMatch(/^WS_TICKET_TTL must be/);
  });

  it('has the demo user only in development or test, and only without USERS_FILE', async () => {
    const file = usersFile({
      users: [{ username: 'alice', plan: 'pro', passwordHash: await hashPassword('pw') }],
    });
    expect(loadConfig({}).auth.demoUser).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).auth.demoUser).toBe(true);
    expect(loadConfig({ USERS_FILE: file }).auth.demoUser).toBe(false);
    const production = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: SECRET });
    expect(production.auth.demoUser).toBe(false);
    expect(production.auth.users).toBeNull();
    expect(loadConfig({ USERS_FILE: file }).auth.users?.map((u) => u.username)).toEqual(['alice']);
  });

  it('reads an optional role per user: user by default, or admin', async () => {
    const hash = await hashPassword('pw');
    const file = usersFile({
      users: [
        { username: 'alice', plan: 'pro', passwordHash: hash },
        { username: 'root', plan: 'pro', role: 'admin', passwordHash: hash },
        { username: 'bob', plan: 'guest', role: 'user', passwordHash: hash },
      ],
    });
    const roles = loadConfig({ USERS_FILE: file }).auth.users?.map((u) => [u.username, u.role]);
    expect(roles).toEqual([
      ['alice', 'user'],
      ['root', 'admin'],
      ['bob', 'user'],
    ]);
    expect(
      configProblems({
        USERS_FILE: usersFile({
          users: [{ username: 'eve', plan: 'pro', role: 'superuser', passwordHash: hash }],
        }),
      }),
    ).toContain('users[0] has a "role" among user, admin (or none: user)');
  });

  it('reports a bad USERS_FILE in one line per problem', async () => {
    const hash = await hashPassword('pw');
    expect(configProblems({ USERS_FILE: '/nonexistent/users.json' })).toMatch(
      /^USERS_FILE must be a readable file/,
    );
    expect(configProblems({ USERS_FILE: usersFile('{nope') })).toMatch(
      /^USERS_FILE must be valid JSON/,
    );
    expect(configProblems({ USERS_FILE: usersFile([]) })).toContain('with a "users" array');
    const bad = configProblems({
      USERS_FILE: usersFile({
        users: [
          { username: 'alice', plan: 'gold', passwordHash: hash },
          { username: 'bob', plan: 'pro', passwordHash: 'plaintext' },
          { username: 'guest-1', plan: 'pro', passwordHash: hash },
          { username: 'carol', plan: 'pro', passwordHash: hash },
          { username: 'carol', plan: 'guest', passwordHash: hash },
        ],
      }),
    }).split('; ');
    expect(bad).toHaveLength(4);
    expect(bad[0]).toContain('users[0] has a "plan" among guest, pro');
    expect(bad[1]).toContain('users[1] has a "passwordHash"');
    expect(bad[2]).toContain('users[2] has a "username" not starting with "guest-"');
    expect(bad[3]).toContain('duplicate username "carol"');
  });
});
