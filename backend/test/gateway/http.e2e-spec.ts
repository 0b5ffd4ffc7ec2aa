import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HistoryResponse, SYMBOL_PATTERN, type SymbolInfo } from '@tickwire/protocol';
import { type HealthBody } from '../../src/health/health.controller';
import { waitFor } from '../support/bus-stack';
import { rawWebSocket } from '../support/raw-socket';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken, guestToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

describe('HTTP endpoints beside the WebSocket', () => {
  let app: TestApp;
  let pro: string;
  let guest: string;
  let startedAt: number;

  beforeAll(async () => {
    startedAt = Date.now();
    app = await startTestApp();
    [pro, guest] = await Promise.all([demoToken(app.url), guestToken(app.url)]);
  });

  afterAll(() => app.close());

  const get = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('GET /api/symbols lists the catalog with tiers', async () => {
    const response = await get('/api/symbols');
    expect(response.status).toBe(200);
    const symbols = (await response.json()) as SymbolInfo[];
    expect(symbols.map((s) => s.symbol).sort()).toEqual(
      app.feed
        .instruments()
        .map((i) => i.symbol)
        .sort(),
    );
    expect(symbols.find((s) => s.symbol === 'AAPL')).toEqual({
      symbol: 'AAPL',
      name: expect.any(String),
      assetClass: 'equity',
      sector: 'Technology',
      currency: 'USD',
      tickSize: expect.any(Number),
      tier: 'public',
    });
  });

  it('GET /api/history/:symbol returns the snapshot shape, ending with the forming bar', async () => {
    const response = await get('/api/history/EUR%2FUSD?interval=1m&limit=30', pro);
    expect(response.status).toBe(200);
    const body = (await response.json()) as HistoryResponse;
    expect(body.symbol).toBe('EUR/USD');
    expect(body.interval).toBe('1m');
    expect(body.data).toHaveLength(30);
    expect(body.data[29].time).toBe(Math.floor(Date.now() / 60_000) * 60);
    expect(body.data.every((bar) => bar.symbol === 'EUR/USD')).toBe(true);
    const defaults = (await (await get('/api/history/AAPL', pro)).json()) as HistoryResponse;
    expect(defaults.interval).toBe('1m');
    expect(defaults.data).toHaveLength(app.config.gateway.defaultHistoryLimit);
  });

  it.each([
    ['/api/history/AAPL?interval=2h', 400, 'interval must be one of 1s, 1m, 5m'],
    ['/api/history/AAPL?limit=ten', 400, 'limit must be a number (clamped to 1 to 1000)'],
    ['/api/history/AAPL?limit=', 400, 'limit must be a number (clamped to 1 to 1000)'],
    ['/api/history/aapl', 400, `symbol must match ${SYMBOL_PATTERN.source}`],
    ['/api/history/ZZZZ', 404, 'unknown symbol ZZZZ'],
  ])('GET %s answers %i with a precise message', async (path, status, message) => {
    const response = await get(path, pro);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({
      statusCode: status,
      error: expect.any(String),
      message,
    });
  });

  it('clamps limit and historyLimit to 1 to HISTORY_MAX_LIMIT alike, over HTTP and /ws', async () => {
    const max = app.config.gateway.maxHistoryLimit;
    const client = await connectClient(app.wsUrl, pro);
    const lengths: Record<string, [number, number]> = {};
    for (const [asked, id] of [
      [0, 'zero'],
      [-3, 'negative'],
      [2.4, 'fraction'],
      [max + 5000, 'huge'],
    ] as const) {
      const http = await get(`/api/history/AAPL?interval=1s&limit=${asked}`, pro);
      expect(http.status).toBe(200);
      const snapshot = client.nextOp('snapshot');
      await client.request(
        {
          op: 'subscribe',
          id,
          channel: 'bars',
          interval: '1s',
          symbols: ['AAPL'],
          historyLimit: asked,
        },
        'subscribed',
      );
      lengths[id] = [
        ((await http.json()) as HistoryResponse).data.length,
        (await snapshot).msg.data.length,
      ];
    }
    expect(lengths).toEqual({ zero: [1, 1], negative: [1, 1], fraction: [2, 2], huge: [max, max] });
    await client.close();
  });

  it('answers 401 without a token and 403 for a symbol outside the plan', async () => {
    expect((await get('/api/history/AAPL')).status).toBe(401);
    const forbidden = await get('/api/history/AMD', guest);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'your plan does not include AMD',
    });
    expect((await get('/api/history/AAPL', guest)).status).toBe(200);
  });

  it('GET /health reports status, uptime, connections and the feed', async () => {
    const client = await connectClient(app.wsUrl, pro);
    // The rate is sampled once a second: wait for the first sample that saw ticks.
    let body = (await (await get('/health')).json()) as HealthBody;
    await waitFor(
      async () => {
        body = (await (await get('/health')).json()) as HealthBody;
        return body.feedTicksPerSecond > 0;
      },
      5_000,
      'a sample of the feed rate',
    );
    expect(body).toEqual({
      status: 'ok',
      uptimeS: expect.any(Number),
      epoch: client.hello.epoch,
      connections: 1,
      feedTicksPerSecond: expect.any(Number),
      feedLagMs: expect.any(Number),
      feed: { source: 'embedded', connected: true, lastTickAgeMs: expect.any(Number) },
    });
    const uptimeBound = Math.ceil((Date.now() - startedAt) / 1000) + 1;
    // The configured rate is 400 ticks/s; a sample over a loaded second still sees most of them.
    expect([body.feedTicksPerSecond > 100, body.feedTicksPerSecond < 1000]).toEqual([true, true]);
    expect(body.uptimeS).toBeLessThanOrEqual(uptimeBound);
    expect(body.feedLagMs).toBeGreaterThanOrEqual(0);
    expect(body.feedLagMs).toBeLessThan(1000);
    expect(body.feed.lastTickAgeMs).toBeLessThan(1000);
    await client.close();
  });

  it('GET /metrics serves Prometheus text with the gateway metrics', async () => {
    const client = await connectClient(app.wsUrl, pro);
    await client.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['AAPL', 'ZZZZ'] },
      'subscribed',
    );
    await client.nextOp('update');
    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const name of [
      'tickwire_connections 1',
      'tickwire_subscriptions 1',
      'tickwire_frames_sent_total',
      'tickwire_bytes_sent_total',
      'tickwire_updates_sent_total',
      'tickwire_updates_conflated_total',
      'tickwire_errors_total{code="UNKNOWN_SYMBOL"} 1',
      'tickwire_slow_consumer_closes_total 0',
      'tickwire_event_loop_lag_seconds{quantile="0.99"}',
      'tickwire_feed_ticks_per_second',
      'tickwire_process_resident_memory_bytes',
    ]) {
      expect(text).toContain(name);
    }
    await client.close();
  });

  it('GET /metrics counts closes by every code, whoever closed', async () => {
    const counts = async () => {
      const text = await (await get('/metrics')).text();
      const found: Record<string, number> = {};
      for (const [, code, value] of text.matchAll(
        /^tickwire_closes_total\{code="(\d+)"\} (\d+)$/gm,
      )) {
        found[code] = Number(value);
      }
      return (code: number) => found[String(code)] ?? 0;
    };
    const before = await counts();
    (await connectClient(app.wsUrl, pro)).ws.close(1000);
    (await connectClient(app.wsUrl, pro)).ws.close(4321, 'client-chosen');
    (await connectClient(app.wsUrl, pro)).send('x'.repeat(app.config.gateway.maxPayloadBytes + 1));
    (await rawWebSocket(app.wsUrl, pro)).destroy();
    let after = before;
    await waitFor(
      async () => {
        after = await counts();
        return [1000, 4321, 1009, 1006].every((code) => after(code) > before(code));
      },
      5000,
      'the four closes in /metrics',
    ).catch(() => undefined);
    expect([1000, 4321, 1009, 1006].map((code) => after(code) - before(code))).toEqual([
      expect.any(Number),
      1,
      1,
      1,
    ]);
    expect(after(1000)).toBeGreaterThan(before(1000));
  });

  it('answers unknown routes with the error body shape', async () => {
    const response = await get('/api/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.any(String),
    });
  });
});

describe('the dashboard build served at /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tickwire-dashboard-'));
  let app: TestApp;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<script src="main-ABCD2345.js"></script>');
    writeFileSync(join(dir, 'main-ABCD2345.js'), 'void 0;');
    writeFileSync(join(dir, 'styles-QW3RTY7Z.css'), 'body{}');
    writeFileSync(join(dir, 'favicon.ico'), '');
    app = await startTestApp({ STATIC_DIR: dir });
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/main-ABCD2345.js', 'public, max-age=31536000, immutable'],
    ['/styles-QW3RTY7Z.css', 'public, max-age=31536000, immutable'],
    ['/favicon.ico', 'public, max-age=3600'],
  ])('serves %s with Cache-Control: %s', async (path, cacheControl) => {
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(cacheControl);
  });
});
