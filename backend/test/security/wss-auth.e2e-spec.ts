import { type SymbolInfo, type TokenResponse } from '@tickwire/protocol';
import { AuthClient } from '../support/auth-client';
import { call } from '../support/https-client';
import {
  type SecureTestApp,
  openClient,
  startSecureTestApp,
  tryUpgrade,
} from '../support/secure-app';
import { type TestClient } from '../support/ws-client';

describe('gateway over TLS: authentication before the upgrade and entitlements', () => {
  let app: SecureTestApp;
  let auth: AuthClient;
  let guest: TokenResponse;
  let pro: TokenResponse;
  let publicSymbols: string[];
  let proSymbols: string[];
  const clients: TestClient[] = [];

  const ws = () => app.wsUrl;
  const withTicket = async (token: TokenResponse) =>
    `${app.wsUrl}?ticket=${(await auth.ticket(token.accessToken)).ticket}`;
  const track = (client: TestClient) => {
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    app = await startSecureTestApp();
    auth = new AuthClient(app.url, app.ca);
    [guest, pro] = await Promise.all([auth.guest(), auth.login('demo', 'demo')]);
    const symbols = await call<SymbolInfo[]>(`${app.url}/api/symbols`, { ca: app.ca });
    publicSymbols = symbols.body.filter((s) => s.tier === 'public').map((s) => s.symbol);
    proSymbols = symbols.body.filter((s) => s.tier === 'pro').map((s) => s.symbol);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  afterAll(() => app.close());

  describe('transport', () => {
    it('serves https and wss on PORT with the configured certificate', async () => {
      expect(app.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(app.wsUrl).toMatch(/^wss:\/\//);
      expect((await call(`${app.url}/health`, { ca: app.ca })).status).toBe(200);
      const client = track(await openClient(await withTicket(guest), { ca: app.ca }));
      expect(client.hello.op).toBe('hello');
    });

    it('does not speak plain http on the TLS port, nor trust an unknown certificate', async () => {
      await expect(call(`${app.url.replace('https', 'http')}/health`)).rejects.toThrow();
      await expect(call(`${app.url}/health`)).rejects.toThrow(/self-signed|certificate/);
    });

    it('sends the security headers with a CSP without inline scripts', async () => {
      const answer = await call(`${app.url}/health`, { ca: app.ca });
      const csp = String(answer.headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      // HSTS is for production only: on localhost it would pin every port, the dev server's too.
      expect(answer.headers['strict-transport-security']).toBeUndefined();
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('HTTP authentication', () => {
    it('signs in a guest and the demo user with the documented shapes', () => {
      expect(guest).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresAt: expect.any(Number),
        user: { username: expect.stringMatching(/^guest-/), plan: 'guest' },
      });
      expect(pro.user).toEqual({ username: 'demo', plan: 'pro' });
      expect(pro.expiresAt - Date.now()).toBeGreaterThan(14 * 60_000);
      expect(pro.expiresAt - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    });

    it('answers a wrong password with 401 and a malformed body with 400', async () => {
      const wrong = await call(`${app.url}/api/auth/login`, {
        method: 'POST',
        json: { username: 'nobody', password: 'demo' },
        ca: app.ca,
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'invalid username or password',
      });
      const malformed = await call(`${app.url}/api/auth/login`, {
        method: 'POST',
        json: { username: 'demo' },
        ca: app.ca,
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it('gives tickets only for a valid bearer token', async () => {
      const none = await call(`${app.url}/api/auth/ws-ticket`, { method: 'POST', ca: app.ca });
      const forged = await call(`${app.url}/api/auth/ws-ticket`, {
        method: 'POST',
        headers: { authorization: `Bearer ${pro.accessToken.slice(0, -4)}AAAA` },
        ca: app.ca,
      });
      expect([none.status, forged.status]).toEqual([401, 401]);
      const ticket = await auth.ticket(pro.accessToken);
      expect(ticket.expiresAt - Date.now()).toBeLessThanOrEqual(30_000);
      expect(ticket.expiresAt - Date.now()).toBeGreaterThan(25_000);
    });

    it('refreshes a token for the same user', async () => {
      const fresh = await auth.refresh(pro.accessToken);
      expect(fresh.user).toEqual(pro.user);
      expect(fresh.accessToken).not.toBe(pro.accessToken);
    });
  });

  describe('the WebSocket handshake', () => {
    it.each([
      ['no credentials', () => ws()],
      ['a forged ticket', () => `${ws()}?ticket=Zm9yZ2VkLXRpY2tldC1mb3JnZWQtdGlja2V0LWZvcmdlZA`],
      ['an empty ticket', () => `${ws()}?ticket=`],
    ])('answers 401 with %s: no socket, no frame', async (_what, url) => {
      const outcome = await tryUpgrade(url(), { ca: app.ca });
      expect(outcome.opened).toBe(false);
      if (outcome.opened) return;
      expect(outcome.status).toBe(401);
      expect(JSON.parse(outcome.body)).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('answers 401 to a replayed ticket', async () => {
      const url = await withTicket(guest);
      track(await openClient(url, { ca: app.ca }));
      const replay = await tryUpgrade(url, { ca: app.ca });
      expect(replay.opened ? 'opened' : replay.status).toBe(401);
    });

    it('answers 401 to a bad bearer token and accepts a good one (server clients)', async () => {
      const bad = await tryUpgrade(ws(), {
        ca: app.ca,
        headers: { authorization: `Bearer ${guest.accessToken}x` },
      });
      expect(bad.opened ? 'opened' : bad.status).toBe(401);
      const good = track(
        await openClient(ws(), {
          ca: app.ca,
          headers: { authorization: `Bearer ${pro.accessToken}` },
        }),
      );
      expect(good.hello.user).toEqual({ username: 'demo', plan: 'pro' });
    });

    it('answers 403 to a foreign Origin, even with a valid ticket, and accepts its own', async () => {
      const foreign = await tryUpgrade(await withTicket(pro), {
        ca: app.ca,
        origin: 'https://evil.example',
      });
      expect(foreign.opened ? 'opened' : foreign.status).toBe(403);
      const own = track(await openClient(await withTicket(pro), { ca: app.ca, origin: app.url }));
      expect(own.hello.op).toBe('hello');
    });

    it('announces the plan and its limits in hello', async () => {
      const guestClient = track(await openClient(await withTicket(guest), { ca: app.ca }));
      const proClient = track(await openClient(await withTicket(pro), { ca: app.ca }));
      expect(guestClient.hello.user).toEqual(guest.user);
      expect(guestClient.hello.limits).toMatchObject({ minThrottleMs: 1000, maxSubscriptions: 50 });
      expect(proClient.hello.limits).toMatchObject({ minThrottleMs: 100, maxSubscriptions: 2_000 });
    });
  });

  describe('entitlements', () => {
    it('has public and pro instruments in the test catalog', () => {
      expect(publicSymbols.length).toBeGreaterThan(0);
      expect(proSymbols.length).toBeGreaterThan(0);
    });

    it('answers FORBIDDEN for a guest asking a pro symbol, and subscribes the allowed ones', async () => {
      const client = track(await openClient(await withTicket(guest), { ca: app.ca }));
      const forbidden = client.nextOp('error', 'g1');
      const subscribed = await client.request(
        {
          op: 'subscribe',
          id: 'g1',
          channel: 'quotes',
          symbols: [publicSymbols[0], proSymbols[0]],
        },
        'subscribed',
      );
      expect(subscribed.symbols).toEqual([publicSymbols[0]]);
      expect((await forbidden).msg).toMatchObject({ code: 'FORBIDDEN', symbols: [proSymbols[0]] });
      const snapshot = await client.nextOp('snapshot');
      expect(snapshot.msg.data.map((q: { symbol: string }) => q.symbol)).toEqual([
        publicSymbols[0],
      ]);
    });

    it('lets a pro user subscribe a pro symbol', async () => {
      const client = track(await openClient(await withTicket(pro), { ca: app.ca }));
      const subscribed = await client.request(
        { op: 'subscribe', id: 'p1', channel: 'quotes', symbols: [proSymbols[0]] },
        'subscribed',
      );
      expect(subscribed.symbols).toEqual([proSymbols[0]]);
    });

    it('clamps the throttle to the plan minimum', async () => {
      const guestClient = track(await openClient(await withTicket(guest), { ca: app.ca }));
      const proClient = track(await openClient(await withTicket(pro), { ca: app.ca }));
      const request = {
        op: 'subscribe',
        channel: 'quotes',
        symbols: [publicSymbols[0]],
        throttleMs: 50,
      };
      const guestReply = await guestClient.request({ ...request, id: 't1' }, 'subscribed');
      const proReply = await proClient.request({ ...request, id: 't2' }, 'subscribed');
      expect([guestReply.throttleMs, proReply.throttleMs]).toEqual([1000, 100]);
    });

    it('answers 403 from /api/history for a symbol outside the plan, 401 without a token', async () => {
      const path = `${app.url}/api/history/${encodeURIComponent(proSymbols[0])}?interval=1m&limit=5`;
      const asGuest = await call(path, {
        headers: { authorization: `Bearer ${guest.accessToken}` },
        ca: app.ca,
      });
      const asPro = await call(path, {
        headers: { authorization: `Bearer ${pro.accessToken}` },
        ca: app.ca,
      });
      const anonymous = await call(path, { ca: app.ca });
      expect([asGuest.status, asPro.status, anonymous.status]).toEqual([403, 200, 401]);
      expect(asGuest.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    });
  });

  describe('Origin on the HTTP API', () => {
    it('answers 403 to a credentialed call from a foreign Origin', async () => {
      const answer = await call(`${app.url}/api/auth/ws-ticket`, {
        method: 'POST',
        headers: { authorization: `Bearer ${pro.accessToken}`, origin: 'https://evil.example' },
        ca: app.ca,
      });
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'origin https://evil.example is not allowed',
      });
      const login = await call(`${app.url}/api/auth/login`, {
        method: 'POST',
        json: { username: 'demo', password: 'demo' },
        headers: { origin: 'http://127.0.0.1:4201' },
        ca: app.ca,
      });
      expect(login.status).toBe(403);
    });

    it('serves its own origin and the dev server', async () => {
      for (const origin of [app.url, 'http://localhost:4200']) {
        const answer = await call(`${app.url}/api/auth/ws-ticket`, {
          method: 'POST',
          headers: { authorization: `Bearer ${pro.accessToken}`, origin },
          ca: app.ca,
        });
        expect(answer.status).toBe(200);
      }
    });
  });

  describe('limits of the protocol', () => {
    it('closes with 1009 on a frame larger than maxMessageBytes', async () => {
      const client = track(await openClient(await withTicket(guest), { ca: app.ca }));
      client.send('x'.repeat(client.hello.limits.maxMessageBytes + 1));
      expect((await client.closed).code).toBe(1009);
    });

    it('counts parallel login attempts before their passwords are checked', async () => {
      const attempts = Array.from({ length: 20 }, (_, i) =>
        call(`${app.url}/api/auth/login`, {
          method: 'POST',
          json: { username: 'parallel', password: `guess-${i}` },
          ca: app.ca,
        }),
      );
      const statuses = (await Promise.all(attempts)).map((answer) => answer.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    });

    it('answers 429 after 5 failed logins per minute for one address and user', async () => {
      const attempt = (password: string) =>
        call(`${app.url}/api/auth/login`, {
          method: 'POST',
          json: { username: 'demo', password },
          ca: app.ca,
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt(`wrong-${i}`)).status);
      const blocked = await attempt('demo');
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      const otherUser = await call(`${app.url}/api/auth/login`, {
        method: 'POST',
        json: { username: 'alice', password: 'x' },
        ca: app.ca,
      });
      expect(otherUser.status).toBe(401);
    });
  });
});
