import { type RedisProcess } from '@tickwire/bus/testing';
import { type Bar, type Quote } from '@tickwire/protocol';
import { waitFor } from '@tickwire/testing';
import { BusStack, redisCommand } from '../support/bus-stack';
import { type FeedProcess } from '../support/feed-process';
import { setTimeout as sleep } from 'node:timers/promises';
import { type TestApp } from '../support/test-app';
import { AuthClient } from '../support/auth-client';
import { adminToken, demoToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX'];

describe('two gateways on one feed through Redis', () => {
  let stack: BusStack;
  let redis: RedisProcess;
  let feed: FeedProcess;
  let early: TestApp;
  let late: TestApp;
  let token: string;

  beforeAll(async () => {
    stack = await BusStack.start(1);
    ({ redis, feed } = stack);
    early = stack.gateways[0];
    // The second gateway starts later, in the middle of bars the first one is forming.
    await sleep(1700);
    late = await stack.addGateway();
    token = await demoToken(early.url);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('both send the feed epoch in hello and the same seq and prices for the same tick', async () => {
    const [a, b] = await Promise.all([
      connectClient(early.wsUrl, token),
      connectClient(late.wsUrl, token),
    ]);
    expect(a.hello.epoch).toBe(feed.epoch);
    expect(b.hello.epoch).toBe(feed.epoch);
    const subscribe = { op: 'subscribe', channel: 'quotes', symbols: SYMBOLS, throttleMs: 50 };
    await a.request({ ...subscribe, id: 'a' }, 'subscribed');
    await b.request({ ...subscribe, id: 'b' }, 'subscribed');
    await waitFor(
      () => a.updates('quotes').length >= 40 && b.updates('quotes').length >= 40,
      20_000,
      '40 quote frames from each gateway',
    );
    const seen = (client: TestClient) => {
      const quotes = new Map<string, Quote>();
      for (const frame of client.frames) {
        if (frame.msg.channel !== 'quotes' || !Array.isArray(frame.msg.data)) continue;
        for (const quote of frame.msg.data as Quote[])
          quotes.set(`${quote.symbol}#${quote.seq}`, quote);
      }
      return quotes;
    };
    const fromA = seen(a);
    const fromB = seen(b);
    let common = 0;
    for (const [key, quote] of fromA) {
      const other = fromB.get(key);
      if (!other) continue;
      expect({ key, quote: other }).toEqual({ key, quote });
      common++;
    }
    expect(common).toBeGreaterThan(SYMBOLS.length);
    await Promise.all([a.close(), b.close()]);
  });

  it('the same closed bars on both gateways and in /api/history of both', async () => {
    const subscribe = {
      op: 'subscribe',
      channel: 'bars',
      interval: '1s',
      symbols: SYMBOLS,
      throttleMs: 50,
      historyLimit: 5,
    };
    const [a, b] = await Promise.all([
      connectClient(early.wsUrl, token),
      connectClient(late.wsUrl, token),
    ]);
    await a.request({ ...subscribe, id: 'a' }, 'subscribed');
    await b.request({ ...subscribe, id: 'b' }, 'subscribed');
    await sleep(3500);
    const lastOf = (client: TestClient) => {
      const bars = new Map<string, Bar>();
      for (const frame of client.frames) {
        if (frame.msg.channel !== 'bars' || !Array.isArray(frame.msg.data)) continue;
        for (const bar of frame.msg.data as Bar[]) bars.set(`${bar.symbol}@${bar.time}`, bar);
      }
      return bars;
    };
    const barsA = lastOf(a);
    const barsB = lastOf(b);
    const closedBefore = Math.floor(Date.now() / 1000) - 1;
    let compared = 0;
    for (const symbol of SYMBOLS) {
      const histories = await Promise.all(
        [early, late].map(async (app) => {
          const url = `${app.url}/api/history/${encodeURIComponent(symbol)}?interval=1s&limit=30`;
          const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
          expect(response.status).toBe(200);
          return ((await response.json()) as { data: Bar[] }).data.filter(
            (bar) => bar.time < closedBefore,
          );
        }),
      );
      expect(histories[1]).toEqual(histories[0]);
      for (const bar of histories[0]) {
        const key = `${symbol}@${bar.time}`;
        if (barsA.has(key)) expect({ key, bar: barsA.get(key) }).toEqual({ key, bar });
        if (barsB.has(key)) {
          expect({ key, bar: barsB.get(key) }).toEqual({ key, bar });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(SYMBOLS.length);
    await Promise.all([a.close(), b.close()]);
  });

  it('subscribes on the bus only to the symbols its clients hold, and lets them go', async () => {
    // The symbols' channels only: control channels (heartbeat, control) stay subscribed.
    const channels = async () =>
      ((await redisCommand(redis.url, ['PUBSUB', 'SHARDCHANNELS'])) as string[])
        .filter((channel) => channel.endsWith(':ticks'))
        .sort();
    await waitFor(async () => (await channels()).length === 0, 10_000, 'no symbol held');
    const client = await connectClient(early.wsUrl, token);
    await client.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['NVDA', 'EUR/USD'] },
      'subscribed',
    );
    expect(await channels()).toEqual(['tw:{EUR/USD}:ticks', 'tw:{NVDA}:ticks']);
    const counts = (await redisCommand(redis.url, [
      'PUBSUB',
      'SHARDNUMSUB',
      'tw:{NVDA}:ticks',
    ])) as unknown[];
    expect(counts).toEqual(['tw:{NVDA}:ticks', 1]);
    await client.request(
      { op: 'unsubscribe', id: 'u', channel: 'quotes', symbols: ['NVDA'] },
      'unsubscribed',
    );
    await waitFor(
      async () => !(await channels()).includes('tw:{NVDA}:ticks'),
      10_000,
      'NVDA released',
    );
    expect(await channels()).toContain('tw:{EUR/USD}:ticks');
    await client.close();
    await waitFor(async () => (await channels()).length === 0, 10_000, 'everything released');
  });

  it('drops a malformed bus message, counts it, reads the symbol again and keeps serving', async () => {
    const client = await connectClient(early.wsUrl, token);
    await client.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['AAPL'], throttleMs: 50 },
      'subscribed',
    );
    const invalidBefore = await metric(early, 'tickwire_bus_invalid_messages_total');
    await redisCommand(redis.url, [
      'SPUBLISH',
      'tw:{AAPL}:ticks',
      '{"e":"x","t":[["not a tick"]]}',
    ]);
    await redisCommand(redis.url, ['SPUBLISH', 'tw:{AAPL}:ticks', 'not json at all']);
    await waitFor(
      async () => (await metric(early, 'tickwire_bus_invalid_messages_total')) >= invalidBefore + 1,
      5000,
      'the invalid message counted',
    );
    const mark = client.frames.length;
    await waitFor(
      () => client.frames.slice(mark).some((f) => f.msg.op === 'update'),
      5000,
      'updates after the bad messages',
    );
    await client.close();
  });
});

describe('tickets and market control across gateways through Redis', () => {
  let stack: BusStack;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    stack = await BusStack.start(2);
    [a, b] = stack.gateways;
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('a ticket bought from one gateway opens /ws on another, once only', async () => {
    const token = await demoToken(a.url);
    const { ticket } = await new AuthClient(a.url).ticket(token);
    const opened = await connectClient(`${b.wsUrl}?ticket=${encodeURIComponent(ticket)}`);
    expect(opened.hello.user.username).toBe('demo');
    await expect(connectClient(`${a.wsUrl}?ticket=${encodeURIComponent(ticket)}`)).rejects.toThrow(
      'HTTP 401',
    );
    await expect(connectClient(`${b.wsUrl}?ticket=${encodeURIComponent(ticket)}`)).rejects.toThrow(
      'HTTP 401',
    );
    await opened.close();
  });

  it('an admin halts a symbol on one gateway; clients of the other see it; others get 403', async () => {
    const admin = await adminToken(b.url);
    const watcher = await connectClient(a.wsUrl, await demoToken(a.url));
    await watcher.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['MSFT'], throttleMs: 50 },
      'subscribed',
    );
    const post = (token: string, body: object) =>
      fetch(`${b.url}/api/admin/scenarios`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const refused = await post(await demoToken(b.url), { type: 'halt', symbol: 'MSFT' });
    expect(refused.status).toBe(403);

    const halted = await post(admin, { type: 'halt', symbol: 'MSFT' });
    expect(halted.status).toBe(201);
    expect(await halted.json()).toEqual(
      expect.objectContaining({ type: 'halt', symbol: 'MSFT', by: 'admin', active: true }),
    );
    await watcher.next(
      (m) =>
        m.op === 'update' &&
        m.data.some((q: Quote) => q.symbol === 'MSFT' && q.status === 'halted'),
      5000,
    );
    const unknown = await post(admin, { type: 'halt', symbol: 'ZZZZ' });
    expect(unknown.status).toBe(404);
    const bad = await post(admin, { type: 'explode' });
    expect(bad.status).toBe(400);

    const list = await fetch(`${a.url}/api/admin/scenarios`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(list.status).toBe(200);
    const { active } = (await list.json()) as { active: { type: string; symbol?: string }[] };
    expect(active).toEqual([expect.objectContaining({ type: 'halt', symbol: 'MSFT' })]);

    expect((await post(admin, { type: 'resume', symbol: 'MSFT' })).status).toBe(201);
    await watcher.next(
      (m) =>
        m.op === 'update' &&
        m.data.some((q: Quote) => q.symbol === 'MSFT' && q.status === 'trading'),
      5000,
    );
    await watcher.close();
  });

  it('answers 503 when the feed process does not answer', async () => {
    const admin = await adminToken(a.url);
    await stack.feed.stop('SIGKILL');
    const response = await fetch(`${a.url}/api/admin/scenarios`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual(
      expect.objectContaining({ message: 'the feed process did not answer within 3000 ms' }),
    );
  });
});

async function metric(app: TestApp, name: string): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}
