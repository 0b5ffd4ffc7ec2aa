import { setTimeout as sleep } from 'node:timers/promises';
import { CloseCode, type TokenResponse } from '@tickwire/protocol';
import { AuthClient } from '../support/auth-client';
import {
  type SecureTestApp,
  openClient,
  startSecureTestApp,
  tryUpgrade,
} from '../support/secure-app';
import { type TestClient } from '../support/ws-client';

describe('session expiry over wss (ACCESS_TOKEN_TTL=3s, WS_TICKET_TTL=1s)', () => {
  let app: SecureTestApp;
  let auth: AuthClient;
  const clients: TestClient[] = [];

  const connect = async (token: TokenResponse) => {
    const { ticket } = await auth.ticket(token.accessToken);
    const client = await openClient(`${app.wsUrl}?ticket=${ticket}`, { ca: app.ca });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    app = await startSecureTestApp({ ACCESS_TOKEN_TTL: '3s', WS_TICKET_TTL: '1s' });
    auth = new AuthClient(app.url, app.ca);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  afterAll(() => app.close());

  it('answers 401 to an expired ticket', async () => {
    const { ticket } = await auth.ticket((await auth.guest()).accessToken);
    await sleep(1100);
    const outcome = await tryUpgrade(`${app.wsUrl}?ticket=${ticket}`, { ca: app.ca });
    expect(outcome.opened ? 'opened' : outcome.status).toBe(401);
  });

  it('answers 401 to an expired bearer token', async () => {
    const token = await auth.guest();
    await sleep(Math.max(0, token.expiresAt - Date.now()) + 50);
    const outcome = await tryUpgrade(app.wsUrl, {
      ca: app.ca,
      headers: { authorization: `Bearer ${token.accessToken}` },
    });
    expect(outcome.opened ? 'opened' : outcome.status).toBe(401);
  });

  it('closes with 4401 when the token expires, and not after an in-band auth extended it', async () => {
    const token = await auth.login('demo', 'demo');
    const lapsing = await connect(token);
    const renewed = await connect(token);
    // A fresh token issued a second later ends at least a whole second after the first one.
    await sleep(1100);
    const fresh = await auth.refresh(token.accessToken);
    expect(fresh.expiresAt).toBeGreaterThan(token.expiresAt);
    const authed = await renewed.request(
      { op: 'auth', id: 'r9', token: fresh.accessToken },
      'authed',
    );
    expect(authed).toEqual({ op: 'authed', id: 'r9', expiresAt: fresh.expiresAt });

    const closed = await lapsing.closed;
    expect(closed.code).toBe(CloseCode.SessionExpired);
    expect(Date.now()).toBeGreaterThanOrEqual(token.expiresAt);
    // The renewed connection outlives the first token and keeps being served.
    await sleep(Math.max(0, token.expiresAt + 300 - Date.now()));
    expect(renewed.ws.readyState).toBe(renewed.ws.OPEN);
    const pong = await renewed.request({ op: 'ping', id: 'p1' }, 'pong');
    expect(pong.id).toBe('p1');
    expect((await renewed.closed).code).toBe(CloseCode.SessionExpired);
    expect(Date.now()).toBeGreaterThanOrEqual(fresh.expiresAt);
  });

  it("refuses an auth op with another user's token and keeps the session end", async () => {
    const token = await auth.login('demo', 'demo');
    const client = await connect(token);
    const other = await auth.guest();
    const error = await client.request({ op: 'auth', id: 'a1', token: other.accessToken }, 'error');
    expect(error).toMatchObject({ id: 'a1', code: 'UNAUTHORIZED' });
    expect((await client.closed).code).toBe(CloseCode.SessionExpired);
  });
});
