import { CloseCode, ErrorCode, SYMBOL_PATTERN } from '@tickwire/protocol';
import WebSocket from 'ws';
import { TokenService } from '../../src/auth/token.service';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken, guestToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

describe('gateway protocol v1', () => {
  let app: TestApp;
  let token: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    app = await startTestApp({ WS_MAX_SUBSCRIPTIONS: '6' });
    token = await demoToken(app.url);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await app.close();
  });

  async function client(accessToken = token): Promise<TestClient> {
    const opened = await connectClient(app.wsUrl, accessToken);
    clients.push(opened);
    return opened;
  }

  it('greets with hello: epoch, server time, heartbeat, limits and user', async () => {
    const before = Date.now();
    const c = await client();
    expect(c.hello).toEqual({
      op: 'hello',
      protocol: 1,
      epoch: expect.any(String),
      serverTime: expect.any(Number),
      heartbeatMs: app.config.gateway.heartbeatMs,
      limits: expect.objectContaining({ maxSubscriptions: 6, minThrottleMs: 100 }),
      user: { username: 'demo', plan: 'pro' },
    });
    expect(c.hello.serverTime).toBeGreaterThanOrEqual(before - 5);
    const other = await client();
    expect(other.hello.epoch).toBe(c.hello.epoch);
  });

  it('sends every message as a text frame: a browser would get binary ones as Blobs', async () => {
    const ws = new WebSocket(app.wsUrl, { headers: { authorization: `Bearer ${token}` } });
    const kinds: string[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject);
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        const op = (JSON.parse(data.toString()) as { op: string }).op;
        kinds.push(`${op}:${isBinary ? 'binary' : 'text'}`);
        if (op === 'hello') {
          ws.send(JSON.stringify({ op: 'subscribe', channel: 'quotes', symbols: ['AAPL'] }));
          ws.send(JSON.stringify({ op: 'ping', id: 'p' }));
        }
        if (op === 'update') resolve();
      });
    });
    ws.terminate();
    for (const op of ['hello', 'subscribed', 'snapshot', 'pong', 'update']) {
      expect(kinds).toContain(`${op}:text`);
    }
    expect(kinds.filter((kind) => kind.endsWith(':binary'))).toEqual([]);
  });

  it('refuses an upgrade without credentials (401) and on another path (404)', async () => {
    const status = (url: string, headers = {}) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url, { headers });
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('open', () => reject(new Error('opened')));
        ws.once('error', () => undefined);
      });
    expect(await status(app.wsUrl)).toBe(401);
    expect(
      await status(app.wsUrl.replace('/ws', '/other'), { authorization: `Bearer ${token}` }),
    ).toBe(404);
  });

  it('subscribes quotes: subscribed with the effective throttle, then a snapshot', async () => {
    const c = await client();
    const reply = await c.request(
      { op: 'subscribe', id: 'r1', channel: 'quotes', symbols: ['AAPL', 'MSFT'], throttleMs: 250 },
      'subscribed',
    );
    expect(reply).toEqual({
      op: 'subscribed',
      id: 'r1',
      channel: 'quotes',
      symbols: ['AAPL', 'MSFT'],
      throttleMs: 250,
    });
    const snapshot = (await c.nextOp('snapshot')).msg;
    expect(snapshot.channel).toBe('quotes');
    expect(snapshot.data.map((q: { symbol: string }) => q.symbol).sort()).toEqual(['AAPL', 'MSFT']);
    for (const quote of snapshot.data) {
      expect(Object.keys(quote).sort()).toEqual(
        [
          'symbol',
          'seq',
          'ts',
          'bid',
          'ask',
          'last',
          'lastSize',
          'volume',
          'open',
          'high',
          'low',
          'prevClose',
          'change',
          'changePct',
          'status',
        ].sort(),
      );
      expect(quote.bid).toBeLessThan(quote.ask);
      expect(quote.change).toBeCloseTo(quote.last - quote.prevClose, 6);
    }
    const update = (await c.nextOp('update')).msg;
    expect(update).toEqual({
      op: 'update',
      channel: 'quotes',
      t: expect.any(Number),
      data: expect.any(Array),
    });
  });

  it('clamps throttleMs to the plan range and reports the effective value', async () => {
    const c = await client();
    const { minThrottleMs, maxThrottleMs } = c.hello.limits;
    const low = await c.request(
      { op: 'subscribe', id: 'low', channel: 'quotes', symbols: ['AAPL'], throttleMs: 1 },
      'subscribed',
    );
    expect(low.throttleMs).toBe(minThrottleMs);
    const high = await c.request(
      { op: 'subscribe', id: 'high', channel: 'quotes', symbols: ['MSFT'], throttleMs: 10_000_000 },
      'subscribed',
    );
    expect(high.throttleMs).toBe(maxThrottleMs);
    const fallback = await c.request(
      { op: 'subscribe', id: 'dflt', channel: 'quotes', symbols: ['NVDA'] },
      'subscribed',
    );
    expect(fallback.throttleMs).toBe(c.hello.limits.defaultThrottleMs);
  });

  it('subscribes bars: one snapshot per symbol, oldest first, last one forming', async () => {
    const c = await client();
    const before = Math.floor(Date.now() / 60_000) * 60;
    const reply = await c.request(
      {
        op: 'subscribe',
        id: 'b1',
        channel: 'bars',
        interval: '1m',
        symbols: ['AAPL', 'EUR/USD'],
        historyLimit: 50,
      },
      'subscribed',
    );
    expect(reply).toEqual(
      expect.objectContaining({ channel: 'bars', interval: '1m', symbols: ['AAPL', 'EUR/USD'] }),
    );
    for (const symbol of ['AAPL', 'EUR/USD']) {
      const snapshot = (await c.next((m) => m.op === 'snapshot' && m.symbol === symbol)).msg;
      expect(snapshot).toEqual(
        expect.objectContaining({
          channel: 'bars',
          interval: '1m',
          symbol,
          data: expect.any(Array),
        }),
      );
      const times = snapshot.data.map((bar: { time: number }) => bar.time);
      expect(times.length).toBe(50);
      const gaps = times.slice(1).map((time: number, i: number) => time - times[i]);
      expect(gaps.filter((gap: number) => gap < 60)).toEqual([]);
      expect(times[times.length - 1]).toBeGreaterThanOrEqual(before);
      expect(times[times.length - 1]).toBeLessThanOrEqual(Math.floor(Date.now() / 60_000) * 60);
      for (const bar of snapshot.data) {
        expect(bar.low).toBeLessThanOrEqual(Math.min(bar.open, bar.close));
        expect(bar.high).toBeGreaterThanOrEqual(Math.max(bar.open, bar.close));
      }
    }
    const update = (await c.next((m) => m.op === 'update' && m.channel === 'bars')).msg;
    expect(update.interval).toBe('1m');
  });

  it('unsubscribes: unsubscribed, then no more updates of that symbol', async () => {
    const c = await client();
    await c.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['BTC-USD'], throttleMs: 100 },
      'subscribed',
    );
    await c.nextOp('update');
    const reply = await c.request(
      { op: 'unsubscribe', id: 'u', channel: 'quotes', symbols: ['BTC-USD'] },
      'unsubscribed',
    );
    expect(reply).toEqual({ op: 'unsubscribed', id: 'u', channel: 'quotes', symbols: ['BTC-USD'] });
    const after = c.frames.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(c.frames.slice(after).filter((f) => f.msg.op === 'update')).toEqual([]);
  });

  it('answers ping with pong, echoing id and t', async () => {
    const c = await client();
    const before = Date.now();
    const pong = await c.request({ op: 'ping', id: 'p1', t: 12345 }, 'pong');
    expect(pong).toEqual({ op: 'pong', id: 'p1', t: 12345, serverTime: expect.any(Number) });
    expect(pong.serverTime).toBeGreaterThanOrEqual(before - 5);
  });

  it('answers every kind of bad frame with an error, with the request id when there is one', async () => {
    const c = await client();
    const cases: [unknown, ErrorCode, string | undefined][] = [
      ['not json', ErrorCode.BadRequest, undefined],
      ['[1,2]', ErrorCode.BadRequest, undefined],
      ['"text"', ErrorCode.BadRequest, undefined],
      [{ id: 'e1' }, ErrorCode.BadRequest, 'e1'],
      [{ op: 'dance', id: 'e2' }, ErrorCode.UnknownOp, 'e2'],
      [
        { op: 'subscribe', id: 'e3', channel: 'trades', symbols: ['AAPL'] },
        ErrorCode.BadRequest,
        'e3',
      ],
      [
        { op: 'subscribe', id: 'e4', channel: 'bars', symbols: ['AAPL'] },
        ErrorCode.BadRequest,
        'e4',
      ],
      [{ op: 'subscribe', id: 'e5', channel: 'quotes', symbols: [] }, ErrorCode.BadRequest, 'e5'],
      [
        { op: 'subscribe', id: 'e6', channel: 'quotes', symbols: 'AAPL' },
        ErrorCode.BadRequest,
        'e6',
      ],
      [
        { op: 'subscribe', id: 'e7', channel: 'quotes', symbols: ['AAPL'], throttleMs: 'fast' },
        ErrorCode.BadRequest,
        'e7',
      ],
      [
        { op: 'subscribe', id: 'e7b', channel: 'quotes', symbols: ['AAPL'], align: 'yes' },
        ErrorCode.BadRequest,
        'e7b',
      ],
      [{ op: 'ping', id: 'e8', t: 'now' }, ErrorCode.BadRequest, 'e8'],
      [{ op: 'auth', id: 'e9' }, ErrorCode.BadRequest, 'e9'],
      [{ op: 'auth', id: 'e10', token: 'forged' }, ErrorCode.Unauthorized, 'e10'],
    ];
    for (const [frame, code, id] of cases) {
      const reply = c.nextOp('error');
      c.send(frame);
      const error = (await reply).msg;
      expect({ frame, code: error.code, id: error.id }).toEqual({ frame, code, id });
      expect(typeof error.message).toBe('string');
    }
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await c.nextOp('error')).msg.code).toBe(ErrorCode.BadRequest);
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('subscribes the valid symbols and returns the bad ones in errors (partial success)', async () => {
    const c = await client();
    c.send({
      op: 'subscribe',
      id: 'mix',
      channel: 'quotes',
      symbols: ['AAPL', 'ZZZZ', 'bad symbol', 'MSFT'],
    });
    const subscribed = (await c.nextOp('subscribed', 'mix')).msg;
    expect(subscribed.symbols).toEqual(['AAPL', 'MSFT']);
    const errors = c.frames
      .filter((f) => f.msg.op === 'error' && f.msg.id === 'mix')
      .map((f) => f.msg);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: ErrorCode.UnknownSymbol, symbols: ['ZZZZ'] }),
        expect.objectContaining({ code: ErrorCode.BadRequest, symbols: ['bad symbol'] }),
      ]),
    );
    expect(SYMBOL_PATTERN.test('ZZZZ')).toBe(true);
  });

  it('refuses symbols outside the plan with FORBIDDEN', async () => {
    const guest = await client(await guestToken(app.url));
    guest.send({ op: 'subscribe', id: 'g', channel: 'quotes', symbols: ['AAPL', 'AMD'] });
    const error = (await guest.nextOp('error', 'g')).msg;
    expect(error).toEqual(expect.objectContaining({ code: ErrorCode.Forbidden, symbols: ['AMD'] }));
    expect((await guest.nextOp('subscribed', 'g')).msg.symbols).toEqual(['AAPL']);
  });

  it('enforces the subscription limit and the symbols-per-request limit', async () => {
    const c = await client();
    const limits = c.hello.limits;
    const first = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD'];
    const second = ['BTC-USD', 'SPX', 'AMD', 'IBM'];
    await c.request(
      { op: 'subscribe', id: 'first', channel: 'quotes', symbols: first },
      'subscribed',
    );
    c.send({ op: 'subscribe', id: 'many', channel: 'quotes', symbols: second });
    const error = (await c.nextOp('error', 'many')).msg;
    const room = limits.maxSubscriptions - first.length;
    expect(error.code).toBe(ErrorCode.LimitExceeded);
    expect(error.symbols).toEqual(second.slice(room));
    expect((await c.nextOp('subscribed', 'many')).msg.symbols).toEqual(second.slice(0, room));
    const tooMany = Array.from({ length: limits.maxSymbolsPerRequest + 1 }, (_, i) => `S${i}`);
    const big = await c.request(
      { op: 'subscribe', id: 'big', channel: 'quotes', symbols: tooMany },
      'error',
    );
    expect(big.code).toBe(ErrorCode.LimitExceeded);
    const resubscribe = await c.request(
      { op: 'subscribe', id: 'again', channel: 'quotes', symbols: ['AAPL'], throttleMs: 2000 },
      'subscribed',
    );
    expect(resubscribe.throttleMs).toBe(2000);
  });

  it('extends the session with the auth op', async () => {
    const c = await client();
    const authed = await c.request(
      { op: 'auth', id: 'a1', token: await demoToken(app.url) },
      'authed',
    );
    expect(authed).toEqual({ op: 'authed', id: 'a1', expiresAt: expect.any(Number) });
    expect(authed.expiresAt).toBeGreaterThan(Date.now());
  });

  it('keeps the session end when auth brings a token that expires sooner', async () => {
    const c = await client();
    const current = await c.request(
      { op: 'auth', id: 'long', token: await demoToken(app.url) },
      'authed',
    );
    const shortLived = new TokenService({
      ...app.config,
      auth: { ...app.config.auth, accessTokenTtlMs: 60_000 },
    });
    const older = await shortLived.issue({ username: 'demo', plan: 'pro' });
    expect(older.expiresAt).toBeLessThan(current.expiresAt);
    const authed = await c.request({ op: 'auth', id: 'short', token: older.accessToken }, 'authed');
    expect(authed).toEqual({ op: 'authed', id: 'short', expiresAt: current.expiresAt });
  });

  it('closes with 1009 on a frame above maxPayload, and keeps serving others', async () => {
    const c = await client();
    const other = await client();
    c.send('x'.repeat(app.config.gateway.maxPayloadBytes + 1));
    expect((await c.closed).code).toBe(CloseCode.MessageTooBig);
    expect((await other.request({ op: 'ping', id: 'alive' }, 'pong')).id).toBe('alive');
  });
});
