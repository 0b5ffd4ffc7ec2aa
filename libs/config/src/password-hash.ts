import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashes of USERS_FILE are `scrypt$<N>$<r>$<p>$<salt base64url>$<key base64url>`.
 * Parameters travel with the hash so they can be raised later. The one implementation of the
 * format: the gateway verifies with it, `node tools/hash-password.mjs` and the bench write with it.
 */
export interface ScryptHash {
  cost: number;
  blockSize: number;
  parallelization: number;
  salt: Buffer;
  key: Buffer;
}

export const DEFAULT_SCRYPT = { cost: 16384, blockSize: 8, parallelization: 1 } as const;
const KEY_BYTES = 32;

export function parsePasswordHash(text: string): ScryptHash | null {
  const parts = text.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [cost, blockSize, parallelization] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  const powerOfTwo = Number.isInteger(Math.log2(cost));
  if (!powerOfTwo || cost < 1024 || cost > 2 ** 20) return null;
  if (!Number.isInteger(blockSize) || blockSize < 1 || blockSize > 32) return null;
  if (!Number.isInteger(parallelization) || parallelization < 1 || parallelization > 16)
    return null;
  if (salt.length < 16 || key.length < 16) return null;
  return { cost, blockSize, parallelization, salt, key };
}

export async function hashPassword(password: string, params = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const hash = { ...params, salt, key: Buffer.alloc(KEY_BYTES) };
  const key = await derive(password, hash);
  const fields = [params.cost, params.blockSize, params.parallelization];
  return ['scrypt', ...fields, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, hash: ScryptHash): Promise<boolean> {
  const key = await derive(password, hash);
  return timingSafeEqual(key, hash.key);
}

function derive(password: string, hash: ScryptHash): Promise<Buffer> {
  const options = {
    N: hash.cost,
    r: hash.blockSize,
    p: hash.parallelization,
    maxmem: 256 * hash.cost * hash.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), hash.salt, hash.key.length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
