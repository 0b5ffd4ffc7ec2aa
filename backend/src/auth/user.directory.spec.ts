import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/app-config';
import { hashPassword } from '@tickwire/config';
import { UserDirectory } from './user.directory';

describe('UserDirectory', () => {
  let warnings: string[];

  beforeEach(() => {
    warnings = [];
    jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation((message: unknown) => void warnings.push(String(message)));
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('has demo/demo and admin/admin in development, and says so at start-up', async () => {
    const users = new UserDirectory(loadConfig({ NODE_ENV: 'development' }));
    expect(await users.authenticate('demo', 'demo')).toStrictEqual({
      username: 'demo',
      plan: 'pro',
    });
    expect(await users.authenticate('admin', 'admin')).toStrictEqual({
      username: 'admin',
      plan: 'pro',
      role: 'admin',
    });
    expect(await users.authenticate('admin', 'demo')).toBeNull();
    expect(users.find('admin')).toStrictEqual({ username: 'admin', plan: 'pro', role: 'admin' });
    expect(warnings.filter((w) => w.startsWith('development: user "demo" / "demo"'))).toHaveLength(
      1,
    );
    expect(warnings.filter((w) => w.startsWith('development: user "admin" / "admin"'))).toEqual([
      expect.stringContaining('role admin'),
    ]);
  });

  it('takes roles from USERS_FILE and has no development users beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickwire-users-'));
    const file = join(dir, 'users.json');
    const passwordHash = await hashPassword('pw');
    writeFileSync(
      file,
      JSON.stringify({
        users: [
          { username: 'root', plan: 'pro', role: 'admin', passwordHash },
          { username: 'alice', plan: 'guest', passwordHash },
        ],
      }),
    );
    const users = new UserDirectory(loadConfig({ USERS_FILE: file }));
    expect(await users.authenticate('root', 'pw')).toStrictEqual({
      username: 'root',
      plan: 'pro',
      role: 'admin',
    });
    expect(users.find('alice')).toStrictEqual({ username: 'alice', plan: 'guest' });
    expect(await users.authenticate('admin', 'admin')).toBeNull();
    expect(users.find('demo')).toBeNull();
  });
});
