import { Logger } from '@nestjs/common';
import {
  type Quote,
  SYMBOL_PATTERN,
  type ScenarioList,
  type ScenarioRecord,
} from '@tickwire/protocol';
import { type HttpAnswer, call } from '../support/https-client';
import { type TestApp, startTestApp } from '../support/test-app';
import { adminToken, demoToken, guestToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

describe('market control: /api/admin/scenarios', () => {
  let app: TestApp;
  let admin: string;
  let demo: string;
  let guest: string;
  const logs: string[] = [];
  const clients: TestClient[] = [];

  const scenarios = () => `${app.url}/api/admin/scenarios`;
  const post = <T = ScenarioRecord>(
    token: string | null,
    json: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer<T>> =>
    call<T>(scenarios(), {
      method: 'POST',
      json,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  const get = (token: string | null): Promise<HttpAnswer<ScenarioList>> =>
    call<ScenarioList>(scenarios(), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    function record(this: Logger, ...args: unknown[]): void {
      if ((this as unknown as { context?: string }).context === 'Admin') logs.push(String(args[0]));
    }
    jest.spyOn(Logger.prototype, 'log').mockImplementation(record);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(record);
    app = await startTestApp();
    [admin, demo, guest] = await Promise.all([
      adminToken(app.url),
      demoToken(app.url),
      guestToken(app.url),
    ]);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('tells admins their role (token answer and hello), and nobody else', async () => {
    const login = await call<{ user: unknown }>(`${app.url}/api/auth/login`, {
      method: 'POST',
      json: { username: 'admin', password: 'admin' },
    });
    expect(login.body.user).toEqual({ username: 'admin', plan: 'pro', role: 'admin' });
    const asAdmin = await connectClient(app.wsUrl, admin);
    const asDemo = await connectClient(app.wsUrl, demo);
    clients.push(asAdmin, asDemo);
    expect(asAdmin.hello.user).toEqual({ username: 'admin', plan: 'pro', role: 'admin' });
    expect(asDemo.hello.user).toEqual({ username: 'demo', plan: 'pro' });
  });

  it('lets the admin start every type of scenario (201) and lists them (200)', async () => {
    const bodies = [
      { type: 'flash-crash', symbol: 'MSFT', dropPct: 5, durationMs: 200, recoveryMs: 300 },
      { type: 'volatility', factor: 2, durationMs: 60_000 },
      { type: 'stall', durationMs: 150 },
      { type: 'halt', symbol: 'IBM' },
      { type: 'resume', symbol: 'IBM' },
      { type: 'flash-crash' },
    ];
    const records: ScenarioRecord[] = [];
    for (const body of bodies) {
      const answer = await post(admin, body);
      expect(answer.status).toBe(201);
      records.push(answer.body);
    }
    expect(records.map((r) => [r.type, r.symbol, r.by])).toEqual([
      ['flash-crash', 'MSFT', 'admin'],
      ['volatility', undefined, 'admin'],
      ['stall', undefined, 'admin'],
      ['halt', 'IBM', 'admin'],
      ['resume', 'IBM', 'admin'],
      ['flash-crash', undefined, 'admin'],
    ]);
    expect(records[0]).toEqual({
      id: expect.any(String),
      type: 'flash-crash',
      symbol: 'MSFT',
      params: { dropPct: 5, durationMs: 200, recoveryMs: 300 },
      by: 'admin',
      startedAt: expect.any(Number),
      endsAt: records[0].startedAt + 500,
      active: true,
    });
    expect(records[5].params).toEqual({ dropPct: 10, durationMs: 2000, recoveryMs: 5000 });
    expect(Math.abs(records[0].startedAt - Date.now())).toBeLessThan(5000);

    const listed = await get(admin);
    expect(listed.status).toBe(200);
    const recentIds = listed.body.recent.map((r) => r.id);
    expect(recentIds.slice(0, 6)).toEqual(records.map((r) => r.id).reverse());
    const activeIds = listed.body.active.map((r) => r.id);
    // The volatility spike and the default crash still act; the resumed halt does not.
    expect(activeIds).toEqual(expect.arrayContaining([records[1].id, records[5].id]));
    expect(activeIds).not.toContain(records[3].id);
    expect(listed.body.recent.find((r) => r.id === records[3].id)).toMatchObject({
      active: false,
      endsAt: records[4].startedAt,
    });
  });

  it('halts a symbol for real WebSocket clients, and resume brings trading back', async () => {
    const client = await connectClient(app.wsUrl, demo);
    clients.push(client);
    const quoteOf = (msg: { op: string; channel?: string; data?: Quote[] }) =>
      msg.channel === 'quotes' ? msg.data?.find((quote) => quote.symbol === 'AAPL') : undefined;
    await client.request(
      { op: 'subscribe', id: 'q', channel: 'quotes', symbols: ['AAPL'], throttleMs: 100 },
      'subscribed',
    );
    expect(quoteOf((await client.nextOp('snapshot')).msg)?.status).toBe('trading');

    expect((await post(admin, { type: 'halt', symbol: 'AAPL' })).status).toBe(201);
    const halted = await client.next((msg) => quoteOf(msg)?.status === 'halted');
    expect(halted.msg.op).toBe('update');
    const haltedSeq = (quoteOf(halted.msg) as Quote).seq;
    const active = (await get(admin)).body.active;
    expect(active.filter((r) => r.type === 'halt').map((r) => r.symbol)).toEqual(['AAPL']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.feed.simulator.snapshot('AAPL')?.seq).toBe(haltedSeq);

    expect((await post(admin, { type: 'resume', symbol: 'AAPL' })).status).toBe(201);
    const resumed = await client.next((msg) => quoteOf(msg)?.status === 'trading');
    expect(quoteOf(resumed.msg)?.seq).toBeGreaterThanOrEqual(haltedSeq);
    await client.next((msg) => (quoteOf(msg)?.seq ?? 0) > haltedSeq);
    expect((await get(admin)).body.active.filter((r) => r.type === 'halt')).toEqual([]);
  });

  it('refuses users without the admin role (403), guests too, and calls without a token (401)', async () => {
    const before = (await get(admin)).body.recent.length;
    for (const token of [demo, guest]) {
      const posted = await post(token, { type: 'halt', symbol: 'NVDA' });
      expect(posted.status).toBe(403);
      expect(posted.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'the admin role is required to control the market',
      });
      expect((await get(token)).status).toBe(403);
    }
    const anonymous = await post(null, { type: 'halt', symbol: 'NVDA' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ message: 'an Authorization: Bearer token is required' });
    expect((await get(null)).status).toBe(401);
    expect((await get('not-a-token')).status).toBe(401);
    expect(app.feed.simulator.isHalted('NVDA')).toBe(false);
    expect((await get(admin)).body.recent.length).toBe(before);
  });

  it('answers 400 with a precise message for bad bodies', async () => {
    const cases: [unknown, string][] = [
      [
        { type: 'meltdown' },
        '"type" must be one of flash-crash, halt, resume, stall, volatility (got "meltdown")',
      ],
      [{ type: 'halt' }, '"symbol" is required for halt'],
      [
        { type: 'halt', symbol: 'AAPL', dropPct: 5 },
        'unknown field "dropPct" for halt: it takes type, symbol',
      ],
      [
        { type: 'flash-crash', dropPct: 150 },
        '"dropPct" must be a number greater than 0 and less than 100 (got 150)',
      ],
      [
        { type: 'stall', durationMs: 3_600_000 },
        '"durationMs" must be an integer number of ms from 100 to 600000 (got 3600000)',
      ],
      [
        { type: 'volatility', factor: 0 },
        '"factor" must be a number greater than 0 and at most 20 (got 0)',
      ],
      [{ type: 'halt', symbol: 'aapl' }, `"symbol" must match ${SYMBOL_PATTERN} (got "aapl")`],
    ];
    for (const [body, message] of cases) {
      const answer = await post(admin, body);
      expect({ body, status: answer.status, answer: answer.body }).toEqual({
        body,
        status: 400,
        answer: { statusCode: 400, error: 'Bad Request', message },
      });
    }
    const text = await call(scenarios(), {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/plain' },
      json: 'halt AAPL',
    });
    expect(text.status).toBe(400);
  });

  it('answers 404 for a symbol the feed does not simulate', async () => {
    for (const symbol of ['ZZZZ', 'TSLA']) {
      const answer = await post(admin, { type: 'halt', symbol });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect((answer.body as unknown as { message: string }).message).toContain(symbol);
    }
  });

  it('follows the Origin rule of every /api route: foreign pages get 403, nothing runs', async () => {
    const foreign = await post(
      admin,
      { type: 'halt', symbol: 'AMD' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ message: 'origin https://evil.example is not allowed' });
    expect(app.feed.simulator.isHalted('AMD')).toBe(false);
    const own = await post(admin, { type: 'resume', symbol: 'AMD' }, { origin: app.url });
    expect(own.status).toBe(201);
  });

  it('logs every call: who, what and the result', async () => {
    logs.length = 0;
    const started = (await post(admin, { type: 'volatility', symbol: 'SPX', durationMs: 100 }))
      .body;
    await post(admin, { type: 'halt', symbol: 'ZZZZ' });
    await post(demo, { type: 'stall' });
    await post(null, { type: 'stall' });
    await get(admin);
    expect(logs).toEqual([
      `admin started volatility SPX factor=4 durationMs=100: ${started.id}`,
      expect.stringMatching(/^admin asked for \{"type":"halt","symbol":"ZZZZ"\}: refused, .*ZZZZ/),
      'POST /api/admin/scenarios by demo (plan pro, not admin): 403',
      'POST /api/admin/scenarios without a valid access token: 401',
      expect.stringMatching(/^admin listed scenarios: \d+ active, \d+ recent$/),
    ]);
  });
});
