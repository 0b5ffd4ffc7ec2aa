import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import selfsigned from 'selfsigned';

export interface TestCertificate {
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

let generated: Promise<TestCertificate> | undefined;

/**
 * A self-signed certificate for localhost / 127.0.0.1 / ::1 in a temporary folder, made once per
 * test process: pass `certPath`/`keyPath` as TLS_CERT/TLS_KEY and `cert` as the clients' CA.
 */
export function testCertificate(): Promise<TestCertificate> {
  generated ??= generate();
  return generated;
}

async function generate(): Promise<TestCertificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
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
  const dir = mkdtempSync(join(tmpdir(), 'tickwire-tls-'));
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  writeFileSync(certPath, pems.cert);
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, certPath, keyPath };
}
