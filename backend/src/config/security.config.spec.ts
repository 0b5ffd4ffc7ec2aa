import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testCertificate } from '../../test/support/tls';
import { loadConfig } from './app-config';
import { configProblems } from './testing/config-problems';

describe('security configuration', () => {
  it('has the documented defaults', () => {
    const { security } = loadConfig({});
    expect(security).toEqual({
      allowedOrigins: null,
      maxConnectionsPerIp: 50,
      connectionsPerMinute: 120,
      tls: null,
      allowInsecure: false,
      trustedProxies: [],
    });
  });

  it.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost'])(
    'serves plain http on loopback %s',
    (HOST) => {
      expect(configProblems({ HOST })).toBe('');
    },
  );

  it.each(['0.0.0.0', '::', '10.1.2.3', 'example.com'])(
    'refuses the non-loopback HOST %s without TLS',
    (HOST) => {
      expect(configProblems({ HOST })).toMatch(
        /^HOST must be a loopback address .* unless TLS_CERT/,
      );
      expect(configProblems({ HOST, ALLOW_INSECURE: '1' })).toBe('');
    },
  );

  it('loads TLS_CERT and TLS_KEY, and then allows any HOST', async () => {
    const { certPath, keyPath, cert } = await testCertificate();
    const config = loadConfig({ TLS_CERT: certPath, TLS_KEY: keyPath, HOST: '0.0.0.0' });
    expect(config.security.tls?.cert).toBe(cert);
  });

  it('reports missing halves, unreadable files and non-PEM content', async () => {
    const { certPath, keyPath } = await testCertificate();
    expect(configProblems({ TLS_CERT: certPath })).toMatch(/^TLS_KEY must be set too/);
    expect(configProblems({ TLS_CERT: '/nonexistent.pem', TLS_KEY: keyPath })).toMatch(
      /^TLS_CERT must be a readable PEM file \(ENOENT\)/,
    );
    const garbage = join(keyPath, '..', 'garbage.pem');
    writeFileSync(garbage, 'not a pem');
    expect(configProblems({ TLS_CERT: garbage, TLS_KEY: keyPath })).toMatch(
      /^TLS_CERT must be a PEM certificate/,
    );
    expect(configProblems({ TLS_CERT: certPath, TLS_KEY: certPath })).toMatch(
      /^TLS_KEY must be a PEM unencrypted private key/,
    );
  });

  it('normalizes ALLOWED_ORIGINS and refuses anything that is not an origin', () => {
    const { security } = loadConfig({
      ALLOWED_ORIGINS: 'https://Example.com:443, http://localhost:8080/',
    });
    expect(security.allowedOrigins).toEqual(['https://example.com', 'http://localhost:8080']);
    expect(configProblems({ ALLOWED_ORIGINS: 'https://example.com/path' })).toMatch(
      /^ALLOWED_ORIGINS/,
    );
    expect(configProblems({ ALLOWED_ORIGINS: '*' })).toMatch(/^ALLOWED_ORIGINS/);
  });

  it('validates the per-address limits', () => {
    expect(configProblems({ WS_MAX_CONNECTIONS_PER_IP: '0' })).toMatch(
      /^WS_MAX_CONNECTIONS_PER_IP/,
    );
    expect(configProblems({ WS_CONNECTIONS_PER_MINUTE: 'many' })).toMatch(
      /^WS_CONNECTIONS_PER_MINUTE/,
    );
    expect(loadConfig({ WS_CONNECTIONS_PER_MINUTE: '100000' }).security.connectionsPerMinute).toBe(
      100_000,
    );
  });
});
