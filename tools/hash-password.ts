// Hashes a password for USERS_FILE and prints `scrypt$N$r$p$salt$key`: asks for it (hidden) on a
// terminal, or reads one line from stdin (`printf '%s' "$PASSWORD" | node tools/hash-password.mjs`).
// The format is the gateway's own (`@tickwire/config`), so what this prints is what it verifies.
import { hashPassword } from '@tickwire/config';
import { createInterface } from 'node:readline';

async function main(): Promise<void> {
  const password = await readPassword();
  if (!password) {
    console.error('no password given');
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  process.stderr.write('password: ');
  // A terminal interface without an output stream reads in raw mode and echoes nothing.
  const rl = createInterface({ input: process.stdin, terminal: true });
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  process.stderr.write('\n');
  return line;
}

void main();
