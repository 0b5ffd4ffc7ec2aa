import { once } from 'node:events';
import { SignJWT } from 'jose';
import { waitFor } from '@tickwire/testing';
import { HARNESS_SECRET as SECRET, UpgradeHarness } from '../../test/support/upgrade-harness';
import { InvalidTokenError } from './connection-context';

describe('UpgradeAuthenticator (real HTTP upgrade requests)', () => {
  let harness: UpgradeHarness;
  const bearer = async (plan: 'guest' | 'pro' = 'pro', username = 'demo') =>
    `Bearer ${(await harness.tokens.issue({ username, plan })).accessToken}`;

  afterEach(() => harness?.stop());

  describe('with the defaults', () => {
    beforeEach(async () => {
      harness = await new UpgradeHarness().start();
    });

    it('answers 401 without credentials', async () => {
      const answer = await harness.upgrade();
      expect(answer.status).toBe(401);
      expect(answer.body['message']).toContain('ticket');
    });

    it('accepts a bearer token and builds the pro context', async () => {
      const token = await harness.tokens.issue({ username: 'demo', plan: 'pro' });
      const answer = await harness.upgrade({
        headers: { authorization: `Bearer ${token.accessToken}` },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        principal: { username: 'demo', plan: 'pro' },
        tiers: ['public', 'pro'],
        expiresAt: token.expiresAt,
        remoteAddress: '127.0.0.1',
        limits: { minThrottleMs: 100, maxSubscriptions: 2_000, defaultThrottleMs: 250 },
      });
    });

    it('gives a guest the public tier, a 1000 ms minimum throttle and 50 subscriptions', async () => {
      const answer = await harness.upgrade({
        headers: { authorization: await bearer('guest', 'guest-1') },
      });
      expect(answer.body).toMatchObject({
        tiers: ['public'],
        limits: {
          minThrottleMs: 1000,
          defaultThrottleMs: 1000,
          maxSubscriptions: 50,
          maxSymbolsPerRequest: 50,
        },
      });
    });

    it('answers 401 to a forged or an expired bearer token', async () => {
      const other = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes');
      const forged = await new SignJWT({ plan: 'pro', typ: 'access', auth_time: 1 })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('demo')
        .setIssuer('tickwire')
        .setAudience('tickwire')
        .setExpirationTime('1h')
        .sign(other);
      const expired = await new SignJWT({ plan: 'pro', typ: 'access', auth_time: 1 })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('demo')
        .setIssuer('tickwire')
        .setAudience('tickwire')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 1)
        .sign(new TextEncoder().encode(SECRET));
      const forgedAnswer = await harness.upgrade({
        headers: { authorization: `Bearer ${forged}` },
      });
      const expiredAnswer = await harness.upgrade({
        headers: { authorization: `Bearer ${expired}` },
      });
      expect([forgedAnswer.status, forgedAnswer.body['message']]).toEqual([
        401,
        'invalid access token',
      ]);
      expect([expiredAnswer.status, expiredAnswer.body['message']]).toEqual([
        401,
        'access token expired',
      ]);
      expect(
        (await harness.upgrade({ headers: { authorization: 'Basic ZGVtbzpkZW1v' } })).status,
      ).toBe(401);
    });

    it('accepts a ticket once: the session ends with the token it was bought with', async () => {
      const sessionEnd = Date.now() + 600_000;
      const { ticket } = await harness.tickets.issue({ username: 'demo', plan: 'pro' }, sessionEnd);
      const first = await harness.upgrade({ path: `/ws?ticket=${ticket}` });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ principal: { username: 'demo' }, expiresAt: sessionEnd });
      const replay = await harness.upgrade({ path: `/ws?ticket=${ticket}` });
      expect([replay.status, replay.body['message']]).toEqual([
        401,
        'invalid, used or expired ticket',
      ]);
    });

    it('answers 401 to a made-up ticket, even with a valid bearer token beside it', async () => {
      const answer = await harness.upgrade({
        path: '/ws?ticket=bm90LWEtcmVhbC10aWNrZXQ',
        headers: { authorization: await bearer() },
      });
      expect(answer.status).toBe(401);
    });

    it('answers 403 to a foreign Origin before looking at credentials', async () => {
      const answer = await harness.upgrade({
        headers: { origin: 'https://evil.example', authorization: await bearer() },
      });
      expect(answer.status).toBe(403);
      expect(harness.limiter.openFrom('127.0.0.1')).toBe(0);
    });

    it.each([
      ['127.0.0.1:PORT', 'http://127.0.0.1:PORT'],
      ['localhost:PORT', 'http://localhost:PORT'],
      ['tickwire.example.com', 'http://tickwire.example.com'],
      ['127.0.0.1:PORT', 'http://localhost:4200'],
      ['127.0.0.1:PORT', 'http://127.0.0.1:4200'],
    ])('accepts, for Host %s, the origin %s', async (host, origin) => {
      const port = String(harness.port);
      const answer = await harness.upgrade({
        headers: {
          host: host.replace('PORT', port),
          origin: origin.replace('PORT', port),
          authorization: await bearer(),
        },
      });
      expect(answer.status).toBe(200);
    });

    it.each([
      ['127.0.0.1:PORT', 'https://127.0.0.1:PORT'],
      ['127.0.0.1:PORT', 'http://127.0.0.1:4201'],
      ['127.0.0.1:PORT', 'http://localhost:PORT'],
      ['127.0.0.1:PORT', 'http://127.0.0.1.evil.example:PORT'],
      ['127.0.0.1:PORT', 'null'],
      ['tickwire.example.com', 'https://tickwire.example.com'],
    ])('refuses, for Host %s, the origin %s', async (host, origin) => {
      const port = String(harness.port);
      const answer = await harness.upgrade({
        headers: {
          host: host.replace('PORT', port),
          origin: origin.replace('PORT', port),
          authorization: await bearer(),
        },
      });
      expect(answer.status).toBe(403);
    });

    it('ignores X-Forwarded-Proto from a peer that is not a trusted proxy', async () => {
      const answer = await harness.upgrade({
        headers: {
          host: 'tickwire.example.com',
          'x-forwarded-proto': 'https',
          origin: 'https://tickwire.example.com',
          authorization: await bearer(),
        },
      });
      expect(answer.status).toBe(403);
    });

    it('extends a session with a fresh token of the same user only', async () => {
      const answer = await harness.upgrade({ headers: { authorization: await bearer() } });
      const context = { ...answer.body, tiers: new Set(answer.body['tiers'] as string[]) } as never;
      const fresh = await harness.tokens.issue({ username: 'demo', plan: 'pro' });
      await expect(harness.authenticator.refresh(context, fresh.accessToken)).resolves.toBe(
        fresh.expiresAt,
      );
      const alice = await harness.tokens.issue({ username: 'alice', plan: 'pro' });
      await expect(harness.authenticator.refresh(context, alice.accessToken)).rejects.toThrow(
        InvalidTokenError,
      );
      const downgraded = await harness.tokens.issue({ username: 'demo', plan: 'guest' });
      await expect(harness.authenticator.refresh(context, downgraded.accessToken)).rejects.toThrow(
        InvalidTokenError,
      );
      await expect(harness.authenticator.refresh(context, 'garbage')).rejects.toThrow(
        InvalidTokenError,
      );
    });
  });

  describe('behind a trusted TLS-terminating proxy', () => {
    beforeEach(async () => {
      harness = await new UpgradeHarness({ TRUST_PROXY: '127.0.0.1' }).start();
    });

    it('takes the scheme from X-Forwarded-Proto', async () => {
      const headers = {
        host: 'tickwire.example.com',
        origin: 'https://tickwire.example.com',
        authorization: await bearer(),
      };
      const forwarded = await harness.upgrade({
        headers: { ...headers, 'x-forwarded-proto': 'https' },
      });
      const plain = await harness.upgrade({ headers });
      expect([forwarded.status, plain.status]).toEqual([200, 403]);
    });
  });

  describe('in production', () => {
    beforeEach(async () => {
      harness = await new UpgradeHarness({ NODE_ENV: 'production' }).start();
    });

    it('does not accept the development server origins', async () => {
      const answer = await harness.upgrade({
        headers: { origin: 'http://localhost:4200', authorization: await bearer() },
      });
      expect(answer.status).toBe(403);
    });
  });

  describe('with ALLOWED_ORIGINS', () => {
    beforeEach(async () => {
      harness = await new UpgradeHarness({ ALLOWED_ORIGINS: 'https://app.example.com' }).start();
    });

    it('accepts exactly the listed origins, and requests without Origin', async () => {
      const ok = await harness.upgrade({
        headers: { origin: 'https://app.example.com', authorization: await bearer() },
      });
      const dev = await harness.upgrade({
        headers: { origin: 'http://localhost:4200', authorization: await bearer() },
      });
      const none = await harness.upgrade({ headers: { authorization: await bearer() } });
      expect([ok.status, dev.status, none.status]).toEqual([200, 403, 200]);
    });
  });

  describe('per-address limits', () => {
    it('answers 429 beyond WS_MAX_CONNECTIONS_PER_IP and frees the slot when the socket closes', async () => {
      harness = await new UpgradeHarness({ WS_MAX_CONNECTIONS_PER_IP: '2' }).start();
      const headers = { authorization: await bearer() };
      const first = await harness.upgrade({ headers });
      const second = await harness.upgrade({ headers });
      const third = await harness.upgrade({ headers });
      expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
      expect(third.body['message']).toBe('too many connections');
      first.socket.destroy();
      await waitFor(
        () => harness.limiter.openFrom('127.0.0.1') === 1,
        5000,
        'the closed socket to free its slot',
      );
      expect((await harness.upgrade({ headers })).status).toBe(200);
    });

    it('does not keep a slot for a refused credential', async () => {
      harness = await new UpgradeHarness({ WS_MAX_CONNECTIONS_PER_IP: '1' }).start();
      expect((await harness.upgrade()).status).toBe(401);
      expect((await harness.upgrade()).status).toBe(401);
      expect((await harness.upgrade({ headers: { authorization: await bearer() } })).status).toBe(
        200,
      );
    });

    it('releases a slot once even if the gateway also reports the close', async () => {
      harness = await new UpgradeHarness({ WS_MAX_CONNECTIONS_PER_IP: '2' }).start();
      const headers = { authorization: await bearer() };
      const first = await harness.upgrade({ headers });
      await harness.upgrade({ headers });
      const context = first.body as never;
      harness.authenticator.connectionClosed(context);
      harness.authenticator.connectionClosed(context);
      const closed = once(first.socket, 'close');
      first.socket.destroy();
      await closed;
      expect(harness.limiter.openFrom('127.0.0.1')).toBe(1);
    });

    it('answers 429 beyond WS_CONNECTIONS_PER_MINUTE, whatever the credentials', async () => {
      harness = await new UpgradeHarness({ WS_CONNECTIONS_PER_MINUTE: '3' }).start();
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await harness.upgrade()).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const answer = await harness.upgrade({ headers: { authorization: await bearer() } });
      expect([answer.status, answer.body['message']]).toEqual([429, 'too many new connections']);
    });
  });
});
