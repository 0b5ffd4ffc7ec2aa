#!/usr/bin/env node
// `npm run certs`: a self-signed development certificate for localhost, 127.0.0.1 and ::1 in the
// git-ignored certs/ folder (no download). Then: TLS_CERT=certs/dev-cert.pem TLS_KEY=certs/dev-key.pem
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import selfsigned from 'selfsigned';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'certs');
const certPath = join(dir, 'dev-cert.pem');
const keyPath = join(dir, 'dev-key.pem');
let force = false;
try {
  force = parseArgs({ options: { force: { type: 'boolean' } } }).values.force ?? false;
} catch (error) {
  // parseArgs explains an unknown option in a long sentence; its first clause says enough.
  console.error(`certs: ${error.message.split('. ')[0]} (usage: npm run certs [-- --force])`);
  process.exit(1);
}

if (!force && existsSync(certPath) && existsSync(keyPath)) {
  console.log(`certs/dev-cert.pem and certs/dev-key.pem exist (use --force to replace them)`);
} else {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 90 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(certPath, pems.cert);
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  console.log(`wrote certs/dev-cert.pem and certs/dev-key.pem (self-signed, 90 days)`);
  console.log(`fingerprint ${pems.fingerprint}`);
}
console.log(
  'start with: TLS_CERT=certs/dev-cert.pem TLS_KEY=certs/dev-key.pem npm run start:backend',
);
