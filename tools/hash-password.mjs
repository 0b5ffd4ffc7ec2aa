#!/usr/bin/env node
// Hashes a password for USERS_FILE: `node tools/hash-password.mjs` asks for it (hidden), or reads
// one line from stdin (`echo -n secret | node tools/hash-password.mjs`). Prints
// scrypt$N$r$p$salt$key, the format backend/src/auth/password-hash.ts verifies.
import { randomBytes, scrypt } from 'node:crypto';
import { createInterface } from 'node:readline';

const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const password = await readPassword();
if (!password) {
  console.error('no password given');
  process.exit(1);
}
const salt = randomBytes(16);
const key = await new Promise((resolve, reject) =>
  scrypt(password.normalize('NFC'), salt, 32, PARAMS, (error, derived) =>
    error ? reject(error) : resolve(derived),
  ),
);
const fields = ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url')];
console.log([...fields, key.toString('base64url')].join('$'));

async function readPassword() {
  if (!process.stdin.isTTY) {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  process.stderr.write('password: ');
  // A terminal interface without an output stream reads in raw mode and echoes nothing.
  const rl = createInterface({ input: process.stdin, terminal: true });
  const line = await new Promise((resolve) => rl.once('line', resolve));
  rl.close();
  process.stderr.write('\n');
  return line;
}
