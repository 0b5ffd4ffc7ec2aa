import { CloseCode, type Quote } from '@tickwire/protocol';
import { waitFor } from '@tickwire/testing';
import { BusStack, waitReady } from '../support/bus-stack';
import { type TestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type Received, type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'EUR/USD', 'BTC-USD'];

function quotesIn(frames: Received[]): Quote[] {
  return frames
    .filter((f) => f.msg.op === 'update' && f.msg.channel === 'quotes')
    .flatMap((f) => f.msg.data as Quote[]);
}

/** Resolves with the time at which every symbol had a quote matching `match` after `from`. */
async function everySymbol(
  client: TestClient,
  from: number,
  match: (quote: Quote) => boolean,
  timeoutMs: number,
  what: string,
): Promise<number> {
  await waitFor(
    () => {
      const seen = new Set(
        quotesIn(client.frames.slice(from))
          .filter(match)
          .map((q) => q.symbol),
      );
      return SYMBOLS.every((symbol) => seen.has(symbol));
    },
    timeoutMs,
    what,
  );
  return Date.now();
}

describe('the bus or the feed goes away and comes back', () => {
  let stack: BusStack;
  let gateway: TestApp;
  let token: string;

  beforeAll(async () => {
    stack = await BusStack.start(1, { FEED_TICKS_PER_SECOND: '1000' });
    gateway = stack.gateways[0];
    token = await demoToken(gateway.url);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function liveClient(): Promise<TestClient> {
    const client = await connectClient(gateway.wsUrl, token);
    await client.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: SYMBOLS, throttleMs: 50 },
      'subscribed',
    );
    await everySymbol(client, 0, (q) => q.status === 'trading', 10_000, 'live quotes');
    return client;
  }

  it('Redis killed under load: stale within 3 s, /ready 503, fresh within 5 s of its return, no reconnect', async () => {
    const client = await liveClient();
    let closed = false;
    void client.closed.then(() => (closed = true));
    const seqBefore = new Map(quotesIn(client.frames).map((q) => [q.symbol, q.seq]));

    const mark = client.frames.length;
    const killedAt = Date.now();
    await stack.redis.kill();
    const staleAt = await everySymbol(client, mark, (q) => q.status === 'stale', 6000, 'stale');
    expect(staleAt - killedAt).toBeLessThanOrEqual(3000);
    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: expect.any(String) });
    const health = await fetch(`${gateway.url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { feed: unknown }).feed).toEqual(
      expect.objectContaining({ source: 'redis', connected: false }),
    );

    const back = client.frames.length;
    const restartedAt = Date.now();
    await stack.redis.restart();
    const freshAt = await everySymbol(
      client,
      back,
      (q) => q.status === 'trading' && q.seq > (seqBefore.get(q.symbol) ?? 0),
      15_000,
      'fresh quotes after Redis came back',
    );
    console.log(
      `redis outage: stale ${staleAt - killedAt} ms after the kill, fresh ${freshAt - restartedAt} ms after the restart`,
    );
    expect(freshAt - restartedAt).toBeLessThanOrEqual(5000);
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
    expect(closed).toBe(false);
    await client.close();
  }, 60_000);

  it('feed killed: stale within 3 s; feed restarted: clients learn the new epoch within 5 s', async () => {
    const client = await liveClient();
    const mark = client.frames.length;
    const killedAt = Date.now();
    await stack.feed.stop('SIGKILL');
    const staleAt = await everySymbol(client, mark, (q) => q.status === 'stale', 6000, 'stale');
    expect(staleAt - killedAt).toBeLessThanOrEqual(3000);
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(503);

    const oldEpoch = client.hello.epoch;
    const feed = await stack.restartFeed();
    const publishingAt = Date.now();
    expect(feed.epoch).not.toBe(oldEpoch);
    const closed = await client.closed;
    console.log(
      `feed outage: stale ${staleAt - killedAt} ms after the kill, 1012 ${Date.now() - publishingAt} ms after the new feed published`,
    );
    expect(Date.now() - publishingAt).toBeLessThanOrEqual(5000);
    expect(closed).toEqual({ code: CloseCode.ServiceRestart, reason: 'feed restarted' });

    await waitReady(gateway);
    const again = await liveClient();
    expect(again.hello.epoch).toBe(stack.feed.epoch);
    await again.close();
  }, 90_000);

  it('a feed restarted with fewer symbols: the gateway drops the missing ones and goes live', async () => {
    const client = await liveClient();
    await stack.feed.stop('SIGTERM');
    await stack.restartFeed({ FEED_SYMBOLS: 'AAPL,MSFT,EUR/USD' });
    await client.closed;
    await waitReady(gateway, 10_000);
    const again = await connectClient(gateway.wsUrl, token);
    const refused = again.nextOp('error', 's');
    again.send({ op: 'subscribe', id: 's', channel: 'quotes', symbols: SYMBOLS, throttleMs: 50 });
    expect((await refused).msg).toEqual(
      expect.objectContaining({ code: 'UNKNOWN_SYMBOL', symbols: ['BTC-USD'] }),
    );
    await again.close();
  }, 60_000);
});
