import { type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { GatewayServer } from '../../src/gateway/gateway.server';
import { setTimeout as sleep } from 'node:timers/promises';
import { maskedTextFrame, rawWebSocket } from '../support/raw-socket';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

const KiB = 1024;
const MiB = 1024 * KiB;
/** The pro plan's subscriptions per connection. */
const SUBSCRIPTIONS = 2_000;
/** Symbols per subscribe request (WS_MAX_SYMBOLS_PER_REQUEST): a client splits larger lists. */
const PER_REQUEST = 500;

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function retained(): number {
  collectGarbage();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
}

function subscribeRequests(symbols: string[], throttleMs: number): string[] {
  const requests: string[] = [];
  for (let i = 0; i < symbols.length; i += PER_REQUEST) {
    const batch = symbols.slice(i, i + PER_REQUEST);
    requests.push(
      JSON.stringify({
        op: 'subscribe',
        id: `s${i}`,
        channel: 'quotes',
        symbols: batch,
        throttleMs,
      }),
    );
  }
  return requests;
}

/** The longest `update` frame `count` quotes can make: every quote at the largest size seen. */
function frameBound(app: TestApp, count: number): number {
  let largest = 0;
  for (const { symbol } of app.feed.instruments()) {
    const quote = app.feed.simulator.snapshot(symbol);
    if (quote) largest = Math.max(largest, Buffer.byteLength(JSON.stringify(quote)));
  }
  // Prices may gain a digit or two while the test runs; the envelope is under 100 bytes.
  return count * (largest + 16) + 100;
}

describe(`${SUBSCRIPTIONS.toLocaleString('en')} quote subscriptions per connection`, () => {
  let app: TestApp;
  let token: string;
  let symbols: string[];

  beforeAll(async () => {
    app = await startTestApp({
      FEED_SYMBOLS: '',
      FEED_TICKS_PER_SECOND: '10000',
      SLOW_CONSUMER_GRACE_MS: '5000',
      WS_MAX_CONNECTIONS_PER_IP: '100',
    });
    token = await demoToken(app.url);
    symbols = app.feed
      .instruments()
      .map((i) => i.symbol)
      .slice(0, SUBSCRIPTIONS);
    expect(symbols).toHaveLength(SUBSCRIPTIONS);
    await sleep(1000);
  }, 90_000);

  afterAll(() => app.close());

  it('costs at most 1 KiB of retained memory per subscription', async () => {
    const connections = 20;
    const before = retained();
    const clients: TestClient[] = [];
    try {
      for (let c = 0; c < connections; c++) {
        // Updates are counted, not kept: the test's own clients share this process.
        const client = await connectClient(app.wsUrl, token, { onRawFrame: () => undefined });
        clients.push(client);
        const requests = subscribeRequests(symbols, 1000);
        for (const request of requests) client.send(request);
        for (let i = 0; i < requests.length; i++) {
          await client.next((msg) => msg.op === 'subscribed' && msg.id === `s${i * PER_REQUEST}`);
        }
        client.frames.length = 0;
      }
      const summaries = app.app.get(GatewayServer).connectionSummaries();
      expect(summaries.map((summary) => summary.subscriptions)).toEqual(
        Array.from({ length: connections }, () => SUBSCRIPTIONS),
      );
      await sleep(3000);
      const perConnection = (retained() - before) / connections;
      const perSubscription = perConnection / SUBSCRIPTIONS;
      process.stdout.write(
        `subscription memory: ${(perConnection / KiB).toFixed(0)} KiB retained per connection with ${SUBSCRIPTIONS} quote subscriptions (${perSubscription.toFixed(0)} bytes per subscription, gateway and test client together)\n`,
      );
      // O(subscriptions): a subscription's state, its entries in the connection's and the
      // symbol's indexes and in the due wheel; the connection itself is ~6 KB idle.
      expect(perSubscription).toBeGreaterThan(0);
      expect(perSubscription).toBeLessThan(KiB);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  }, 120_000);

  it('bounds a reader that stops by the high watermark plus one frame of every subscription', async () => {
    const gateway = app.app.get(GatewayServer);
    const highWatermark = app.config.gateway.highWatermarkBytes;
    const bound = highWatermark + frameBound(app, SUBSCRIPTIONS);
    const paused: Socket[] = [];
    const pausedIds = new Set<string>();
    const known = new Set(gateway.connectionSummaries().map((c) => c.id));
    for (let c = 0; c < 5; c++) {
      const socket = await rawWebSocket(app.wsUrl, token);
      socket.pause();
      for (const request of subscribeRequests(symbols, 100)) socket.write(maskedTextFrame(request));
      paused.push(socket);
      for (const { id } of gateway.connectionSummaries()) if (!known.has(id)) pausedIds.add(id);
    }
    expect(pausedIds.size).toBe(5);
    const open = () => gateway.connectionSummaries().filter((c) => pausedIds.has(c.id));
    let peakPending = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && open().length > 0) {
      await sleep(50);
      for (const state of open()) peakPending = Math.max(peakPending, state.pendingBytes);
    }
    process.stdout.write(
      `subscription memory: peak pending ${(peakPending / MiB).toFixed(2)} MiB per paused connection, bound ${(bound / MiB).toFixed(2)} MiB (high watermark ${(highWatermark / MiB).toFixed(2)} MiB + a ${SUBSCRIPTIONS}-quote frame ${((bound - highWatermark) / MiB).toFixed(2)} MiB)\n`,
    );
    // Every paused connection went above the watermark and was closed as a slow consumer.
    expect(open()).toHaveLength(0);
    expect(peakPending).toBeGreaterThan(highWatermark);
    expect(peakPending).toBeLessThan(bound);
    for (const socket of paused) socket.destroy();
  }, 90_000);
});
