import { call } from '../support/https-client';
import { type GatewayProcess, spawnGateway } from '../support/gateway-process';
import { testCertificate } from '../support/tls';

/** Start-up refusals, checked on the real process: exit code 1 and one clear line. */
describe('start-up security checks (spawned gateway processes)', () => {
  const running: GatewayProcess[] = [];

  afterEach(async () => {
    for (const gateway of running.splice(0)) {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  });

  async function refusal(env: Record<string, string>): Promise<string> {
    try {
      running.push(await spawnGateway(env));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the gateway started');
  }

  it('exits 1 in production without AUTH_SECRET', async () => {
    const message = await refusal({ NODE_ENV: 'production' });
    expect(message).toContain('gateway exited with 1 before listening');
    expect(message).toMatch(
      /tickwire: invalid configuration: AUTH_SECRET must be set to a random string of at least 32 bytes in production/,
    );
  });

  it('exits 1 in production with an AUTH_SECRET shorter than 32 bytes', async () => {
    const message = await refusal({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(31) });
    expect(message).toContain('gateway exited with 1 before listening');
    expect(message).toContain('AUTH_SECRET must be at least 32 bytes long');
  });

  it('exits 1 on a non-loopback HOST without TLS', async () => {
    const message = await refusal({ HOST: '0.0.0.0' });
    expect(message).toContain('gateway exited with 1 before listening');
    expect(message).toContain('HOST must be a loopback address');
  });

  it('starts on a non-loopback HOST with ALLOW_INSECURE=1, warning loudly', async () => {
    const gateway = await spawnGateway({ HOST: '0.0.0.0', ALLOW_INSECURE: '1' });
    running.push(gateway);
    expect(gateway.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    expect(gateway.output()).toMatch(
      /WARN.*ALLOW_INSECURE=1: serving plain http and ws on non-loopback HOST 0\.0\.0\.0/,
    );
  });

  it('starts in production with a proper secret and TLS, without the demo user', async () => {
    const { certPath, keyPath, cert } = await testCertificate();
    const gateway = await spawnGateway({
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-production-secret-of-more-than-32-bytes',
      HOST: '0.0.0.0',
      TLS_CERT: certPath,
      TLS_KEY: keyPath,
    });
    running.push(gateway);
    expect(gateway.url).toMatch(/^https:\/\/0\.0\.0\.0:\d+$/);
    const base = gateway.url.replace('0.0.0.0', '127.0.0.1');
    const login = await call(`${base}/api/auth/login`, {
      method: 'POST',
      json: { username: 'demo', password: 'demo' },
      ca: cert,
    });
    expect(login.status).toBe(401);
    expect(login.headers['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
    expect(gateway.output()).not.toContain('"demo"');
    expect(gateway.output()).toContain('no USERS_FILE: only guest sign-in is available');
    const guest = await call(`${base}/api/auth/guest`, { method: 'POST', ca: cert });
    expect(guest.status).toBe(200);
  });
});
