import { type AddressInfo, createServer } from 'node:net';
import { call } from '../support/https-client';
import { type GatewayProcess, spawnGateway } from '../support/gateway-process';
import { testCertificate } from '../support/tls';

/** What became of one spawned gateway: it listened, or it exited with this output. */
type Outcome = { started: GatewayProcess } | { refused: string };

async function launch(env: Record<string, string>): Promise<Outcome> {
  try {
    return { started: await spawnGateway(env) };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

function refusalOf(outcome: Outcome): string {
  if ('refused' in outcome) return outcome.refused;
  throw new Error(`the gateway started on ${outcome.started.url}`);
}

function gatewayOf(outcome: Outcome): GatewayProcess {
  if ('started' in outcome) return outcome.started;
  throw new Error(`the gateway did not start: ${outcome.refused}`);
}

/**
 * Start-up checks on real processes: a refusal is exit code 1 with one clear line. The processes
 * are spawned together (each one spends seconds compiling), then each test reads its own.
 */
describe('start-up security checks (spawned gateway processes)', () => {
  const PRODUCTION_SECRET = 'a-production-secret-of-more-than-32-bytes';
  let cert: string;
  let outcomes: Record<
    'noSecret' | 'shortSecret' | 'publicHost' | 'insecure' | 'production',
    Outcome
  >;

  beforeAll(async () => {
    const certificate = await testCertificate();
    cert = certificate.cert;
    const [noSecret, shortSecret, publicHost, insecure, production] = await Promise.all([
      launch({ NODE_ENV: 'production' }),
      launch({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(31) }),
      launch({ HOST: '0.0.0.0' }),
      launch({ HOST: '0.0.0.0', ALLOW_INSECURE: '1' }),
      launch({
        NODE_ENV: 'production',
        AUTH_SECRET: PRODUCTION_SECRET,
        HOST: '0.0.0.0',
        TLS_CERT: certificate.certPath,
        TLS_KEY: certificate.keyPath,
      }),
    ]);
    outcomes = { noSecret, shortSecret, publicHost, insecure, production };
  }, 120_000);

  afterAll(async () => {
    for (const outcome of Object.values(outcomes ?? {})) {
      if (!('started' in outcome)) continue;
      outcome.started.child.kill('SIGTERM');
      await outcome.started.exited;
    }
  });

  it('exits 1 in production without AUTH_SECRET', () => {
    const message = refusalOf(outcomes.noSecret);
    expect(message).toContain('gateway exited with 1 before it was ready');
    expect(message).toMatch(
      /tickwire: invalid configuration: AUTH_SECRET must be set to a random string of at least 32 bytes in production/,
    );
  });

  it('exits 1 in production with an AUTH_SECRET shorter than 32 bytes', () => {
    const message = refusalOf(outcomes.shortSecret);
    expect(message).toContain('gateway exited with 1 before it was ready');
    expect(message).toContain('AUTH_SECRET must be at least 32 bytes long');
  });

  it('exits 1 on a non-loopback HOST without TLS', () => {
    const message = refusalOf(outcomes.publicHost);
    expect(message).toContain('gateway exited with 1 before it was ready');
    expect(message).toContain('HOST must be a loopback address');
  });

  it('starts on a non-loopback HOST with ALLOW_INSECURE=1, warning loudly', () => {
    const gateway = gatewayOf(outcomes.insecure);
    expect(gateway.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    expect(gateway.output()).toMatch(
      /WARN.*ALLOW_INSECURE=1: serving plain http and ws on non-loopback HOST 0\.0\.0\.0/,
    );
  });

  it('starts in production with a proper secret and TLS, without the demo user', async () => {
    const gateway = gatewayOf(outcomes.production);
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

describe('start-up errors: one line, exit code 1, no stack trace (spawned gateway processes)', () => {
  const holder = createServer();
  let port: number;

  beforeAll(async () => {
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as AddressInfo).port;
  });

  afterAll(() => new Promise((resolve) => holder.close(resolve)));

  // Functions: the port is only known once the holder listens.
  const cases: [string, () => Record<string, string>, () => string][] = [
    [
      'an unknown symbol in FEED_SYMBOLS',
      () => ({ FEED_SYMBOLS: 'AAPL,NOPE' }),
      () => 'tickwire: invalid configuration: unknown symbol "NOPE": not in the market-sim catalog',
    ],
    [
      'a port already in use',
      () => ({ PORT: String(port) }),
      () =>
        `tickwire: cannot listen on 127.0.0.1:${port}: the address is already in use (set PORT)`,
    ],
    [
      'THROTTLE_MIN_MS above THROTTLE_MAX_MS',
      () => ({ THROTTLE_MIN_MS: '70000' }),
      () =>
        'tickwire: invalid configuration: THROTTLE_MIN_MS must be at most THROTTLE_MAX_MS (60000) (got "70000")\n',
    ],
  ];

  it.each(cases)(
    'refuses %s',
    async (_what, env, line) => {
      const message = refusalOf(await launch(env()));
      expect(message).toContain('gateway exited with 1 before it was ready');
      expect(message).toContain(line());
      expect(message).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
