import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash';

const HASH_TOOL = join(__dirname, '../../../tools/hash-password.mjs');

describe('password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = parsePasswordHash(await hashPassword('correct horse'));
    expect(hash).not.toBeNull();
    await expect(verifyPassword('correct horse', hash as NonNullable<typeof hash>)).resolves.toBe(
      true,
    );
    await expect(verifyPassword('correct horsf', hash as NonNullable<typeof hash>)).resolves.toBe(
      false,
    );
    await expect(verifyPassword('', hash as NonNullable<typeof hash>)).resolves.toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('verifies what `node tools/hash-password.mjs` prints', async () => {
    const run = spawnSync(process.execPath, [HASH_TOOL], {
      input: 'p@ss wörd\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const hash = parsePasswordHash(run.stdout.trim());
    expect(hash).not.toBeNull();
    await expect(verifyPassword('p@ss wörd', hash as NonNullable<typeof hash>)).resolves.toBe(true);
    await expect(verifyPassword('p@ss word', hash as NonNullable<typeof hash>)).resolves.toBe(
      false,
    );
  });

  it.each([
    ['', 'empty'],
    ['bcrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5aw', 'another algorithm'],
    ['scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5aw', 'N not a power of two'],
    ['scrypt$67108864$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5aw', 'N too large'],
    ['scrypt$16384$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5aw', 'salt too short'],
    ['scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA', 'missing key'],
  ])('refuses the malformed hash %p (%s)', (text) => {
    expect(parsePasswordHash(text)).toBeNull();
  });
});
