import { AuthClient } from '../support/auth-client';
import {
  type SecureTestApp,
  openClient,
  startSecureTestApp,
  tryUpgrade,
} from '../support/secure-app';
import { type TestClient } from '../support/ws-client';

describe('per-address WebSocket limits over wss', () => {
  let app: SecureTestApp | undefined;
  const clients: TestClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await app?.close();
  });

  async function start(env: Record<string, string>) {
    app = await startSecureTestApp(env);
    const token = (await new AuthClient(app.url, app.ca).guest()).accessToken;
    const headers = { authorization: `Bearer ${token}` };
    return { secure: app, headers };
  }

  it('answers 429 beyond WS_MAX_CONNECTIONS_PER_IP concurrent connections, and frees a slot on close', async () => {
    const { secure, headers } = await start({ WS_MAX_CONNECTIONS_PER_IP: '3' });
    for (let i = 0; i < 3; i++)
      clients.push(await openClient(secure.wsUrl, { ca: secure.ca, headers }));
    const refused = await tryUpgrade(secure.wsUrl, { ca: secure.ca, headers });
    expect(refused.opened ? 'opened' : refused.status).toBe(429);
    if (!refused.opened) expect(JSON.parse(refused.body).message).toBe('too many connections');
    await clients.shift()?.close();
    const reopened = await waitForOpen(secure, headers);
    clients.push(reopened);
  });

  it('answers 429 beyond WS_CONNECTIONS_PER_MINUTE new connections, counting refused attempts', async () => {
    const { secure, headers } = await start({ WS_CONNECTIONS_PER_MINUTE: '4' });
    const first = await openClient(secure.wsUrl, { ca: secure.ca, headers });
    await first.close();
    expect((await tryUpgrade(secure.wsUrl, { ca: secure.ca })).opened).toBe(false);
    clients.push(await openClient(secure.wsUrl, { ca: secure.ca, headers }));
    clients.push(await openClient(secure.wsUrl, { ca: secure.ca, headers }));
    const refused = await tryUpgrade(secure.wsUrl, { ca: secure.ca, headers });
    expect(refused.opened ? 'opened' : refused.status).toBe(429);
    if (!refused.opened) expect(JSON.parse(refused.body).message).toBe('too many new connections');
  });
});

/** The slot is released when the server sees the close, a moment after the client does. */
async function waitForOpen(
  app: SecureTestApp,
  headers: Record<string, string>,
): Promise<TestClient> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const outcome = await tryUpgrade(app.wsUrl, { ca: app.ca, headers });
    if (outcome.opened) return outcome.client;
    if (Date.now() > deadline) throw new Error(`still refused: HTTP ${outcome.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
