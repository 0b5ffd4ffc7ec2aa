import { type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CloseCode } from '@tickwire/protocol';
import { percentile } from '@tickwire/testing';
import WebSocket from 'ws';
import { GatewayServer } from '../../src/gateway/gateway.server';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedRecorder } from '../support/feed-recorder';
import { ServerFrameParser, maskedTextFrame, rawWebSocket } from '../support/raw-socket';
import { firstSymbols } from '../support/symbols';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

const MiB = 1024 * 1024;

/** A full garbage collection, so that heap samples count what is retained, not garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
const TS_FIELD = /"ts":(\d+)/g;

function subscribeAll(symbols: string[], throttleMs: number): string {
  return JSON.stringify({ op: 'subscribe', id: 'all', channel: 'quotes', symbols, throttleMs });
}

/** A raw client that subscribes and then never reads again (its socket is paused). */
async function pausedReader(
  app: TestApp,
  token: string,
  symbols: string[],
  throttleMs: number,
): Promise<Socket> {
  const socket = await rawWebSocket(app.wsUrl, token);
  socket.pause();
  socket.write(maskedTextFrame(subscribeAll(symbols, throttleMs)));
  return socket;
}

describe('backpressure', () => {
  describe('50 readers that never read, beside 10 normal clients, for 30 s', () => {
    const graceMs = 10_000;
    const throttleMs = 100;
    let app: TestApp;
    let gateway: GatewayServer;
    const paused: Socket[] = [];
    const normal: TestClient[] = [];
    const delays: number[] = [];
    let baseline: NodeJS.MemoryUsage;
    let peakRss = 0;
    let peakHeap = 0;
    let peakPendingBytes = 0;
    const blockedSince = new Map<string, number>();
    const goneAt = new Map<string, number>();

    beforeAll(async () => {
      app = await startTestApp({
        FEED_SYMBOLS: firstSymbols(500),
        FEED_TICKS_PER_SECOND: '10000',
        SLOW_CONSUMER_GRACE_MS: String(graceMs),
        WS_MAX_CONNECTIONS_PER_IP: '200',
        WS_CONNECTIONS_PER_MINUTE: '600',
      });
      gateway = app.app.get(GatewayServer);
      const token = await demoToken(app.url);
      const symbols = app.feed
        .instruments()
        .map((i) => i.symbol)
        .slice(0, 500);
      await sleep(1000);
      collectGarbage();
      baseline = process.memoryUsage();
      for (let i = 0; i < 10; i++) {
        const client = await connectClient(app.wsUrl, token, {
          // Reading the send times without parsing whole frames keeps the clients, which share
          // this process with the gateway, cheap.
          onRawFrame: (data, at) => {
            const text = data.toString('latin1');
            for (const match of text.matchAll(TS_FIELD)) delays.push(at - Number(match[1]));
          },
        });
        client.send({ op: 'subscribe', id: 'all', channel: 'quotes', symbols, throttleMs });
        normal.push(client);
      }
      // Each paused connection is identified as it opens: on a loaded machine the first ones may
      // already be closed as slow consumers by the time the last one opens.
      const known = new Set(gateway.connectionSummaries().map((c) => c.id));
      const pausedIds: string[] = [];
      const observe = () => {
        const now = Date.now();
        const states = new Map(gateway.connectionSummaries().map((c) => [c.id, c]));
        for (const state of states.values()) {
          peakPendingBytes = Math.max(peakPendingBytes, state.pendingBytes);
        }
        for (const id of pausedIds) {
          const state = states.get(id);
          if (state?.blockedSince && !blockedSince.has(id))
            blockedSince.set(id, state.blockedSince);
          if (!state && !goneAt.has(id)) goneAt.set(id, now);
        }
      };
      for (let i = 0; i < 50; i++) {
        paused.push(await pausedReader(app, token, symbols, throttleMs));
        for (const { id } of gateway.connectionSummaries()) {
          if (!known.has(id)) pausedIds.push(id);
          known.add(id);
        }
        observe();
      }
      expect(pausedIds).toHaveLength(50);
      delays.length = 0;
      // 30 s at least; longer only while a paused connection is still open (a loaded machine
      // fills the kernel buffers more slowly), since each is judged from its own blocking time.
      const start = Date.now();
      let samples = 0;
      while (Date.now() - start < 30_000 || (goneAt.size < 50 && Date.now() - start < 60_000)) {
        await sleep(100);
        observe();
        // Every 2 s: retained heap after a full collection (the collection itself costs a few ms).
        if (++samples % 20 === 0) collectGarbage();
        const memory = process.memoryUsage();
        peakRss = Math.max(peakRss, memory.rss);
        if (samples % 20 === 0) peakHeap = Math.max(peakHeap, memory.heapUsed + memory.external);
      }
    }, 150_000);

    afterAll(async () => {
      for (const socket of paused) socket.destroy();
      await Promise.all(normal.map((client) => client.close()));
      await app.close();
    });

    it('closes every paused connection with 1013 within grace + 2 s of going above the watermark', async () => {
      expect(blockedSince.size).toBe(50);
      expect(goneAt.size).toBe(50);
      for (const [id, since] of blockedSince) {
        expect((goneAt.get(id) as number) - since).toBeLessThanOrEqual(graceMs + 2000);
      }
      const metrics = await app.metrics.slowConsumerCloses.get();
      expect(metrics.values[0].value).toBe(50);
      const closes = await app.metrics.closes.get();
      expect(
        closes.values.find((v) => v.labels.code === String(CloseCode.TryAgainLater))?.value,
      ).toBe(50);
    });

    it('keeps the gateway memory bounded', () => {
      // Without backpressure the paused connections would pile up 50 x ~1.2 MB/s x 30 s, about
      // 1.8 GiB. With it, no connection holds more than the high watermark plus the one flush's
      // frame that crossed it (at most one quote per subscription: 500 here, well under 256 KiB;
      // subscription-memory.e2e-spec.ts checks the 2,000 of a full pro connection).
      const highWatermark = app.config.gateway.highWatermarkBytes;
      expect(peakPendingBytes).toBeGreaterThan(highWatermark);
      expect(peakPendingBytes).toBeLessThan(highWatermark + 0.25 * MiB);
      // Retained heap (sampled after full collections): those budgets plus 64 MiB for the gateway's
      // and the ten in-process test clients' working sets.
      const heapBound = 50 * (highWatermark + 0.25 * MiB) + 64 * MiB;
      // RSS also holds the pages V8 keeps after collecting the garbage that ~40,000 quotes/s make
      // (it returns them to the system lazily): 192 MiB more headroom, still a sixth of the
      // unbounded case.
      const rssBound = heapBound + 192 * MiB;
      const heapGrowth = peakHeap - (baseline.heapUsed + baseline.external);
      const rssGrowth = peakRss - baseline.rss;
      process.stdout.write(
        `backpressure: retained heap+external +${(heapGrowth / MiB).toFixed(1)} MiB (bound ${(heapBound / MiB).toFixed(0)}), rss +${(rssGrowth / MiB).toFixed(1)} MiB (bound ${(rssBound / MiB).toFixed(0)}), peak pending ${(peakPendingBytes / MiB).toFixed(2)} MiB, delay p99 ${percentile(delays, 0.99)} ms over ${delays.length} quotes\n`,
      );
      expect(heapGrowth).toBeLessThan(heapBound);
      expect(rssGrowth).toBeLessThan(rssBound);
    });

    it('keeps delivering to the normal clients on time', () => {
      expect(normal.map((client) => client.ws.readyState)).toEqual(
        normal.map(() => WebSocket.OPEN),
      );
      expect(delays.length).toBeGreaterThan(100_000);
      expect(percentile(delays, 0.99)).toBeLessThanOrEqual(throttleMs + 50);
    });
  });

  describe('a slow reader', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({
        FEED_SYMBOLS: firstSymbols(500),
        FEED_TICKS_PER_SECOND: '10000',
        SLOW_CONSUMER_GRACE_MS: '60000',
        WS_HIGH_WATERMARK_BYTES: String(256 * 1024),
        WS_LOW_WATERMARK_BYTES: String(64 * 1024),
      });
    });

    afterAll(() => app.close());

    it('receives conflated but correct data: its final state is the feed final state', async () => {
      const token = await demoToken(app.url);
      const gateway = app.app.get(GatewayServer);
      const symbols = app.feed
        .instruments()
        .map((i) => i.symbol)
        .slice(0, 500);
      const socket = await pausedReader(app, token, symbols, 100);
      const parser = new ServerFrameParser();
      let wasBlocked = false;
      for (let second = 0; second < 8; second++) {
        await sleep(1000);
        wasBlocked ||= gateway.connectionSummaries().some((c) => c.blockedSince !== null);
        let chunk: Buffer | null;
        let read = 0;
        while (read < 64 * 1024 && (chunk = socket.read() as Buffer | null) !== null) {
          parser.push(chunk);
          read += chunk.length;
        }
      }
      app.feed.simulator.stop();
      socket.on('data', (chunk: Buffer) => parser.push(chunk));
      socket.resume();
      await sleep(3000);
      expect(wasBlocked).toBe(true);
      const last = new Map<string, { seq: number; last: number; volume: number }>();
      for (const message of parser.messages()) {
        if (message.op === 'snapshot' || message.op === 'update') {
          for (const quote of message.data) last.set(quote.symbol, quote);
        }
      }
      for (const symbol of symbols) {
        const final = app.feed.simulator.snapshot(symbol);
        if (!final) continue;
        expect({ symbol, ...last.get(symbol) }).toEqual(
          expect.objectContaining({
            symbol,
            seq: final.seq,
            last: final.last,
            volume: final.volume,
          }),
        );
      }
      socket.destroy();
    }, 30_000);
  });

  describe('a connection that drains', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({
        FEED_SYMBOLS: firstSymbols(500),
        FEED_TICKS_PER_SECOND: '10000',
        WS_HIGH_WATERMARK_BYTES: String(256 * 1024),
        WS_LOW_WATERMARK_BYTES: String(64 * 1024),
      });
    });

    afterAll(() => app.close());

    it('receives the latest state of everything it missed in one flush', async () => {
      const token = await demoToken(app.url);
      const gateway = app.app.get(GatewayServer);
      const symbols = app.feed
        .instruments()
        .map((i) => i.symbol)
        .slice(0, 500);
      const socket = await pausedReader(app, token, symbols, 100);
      let blockedAt: number | null = null;
      for (let i = 0; i < 150 && blockedAt === null; i++) {
        await sleep(100);
        blockedAt = gateway.connectionSummaries()[0]?.blockedSince ?? null;
      }
      expect(blockedAt).not.toBeNull();
      const recorder = new FeedRecorder(app.feed);
      await sleep(1000);
      app.feed.simulator.stop();
      recorder.stop();
      const parser = new ServerFrameParser();
      socket.on('data', (chunk: Buffer) => parser.push(chunk));
      socket.resume();
      await sleep(2000);
      const updates = parser.messages().filter((m) => m.op === 'update');
      const flush = updates[updates.length - 1];
      expect(flush.t).toBeGreaterThan(blockedAt as number);
      const missed = new Set(
        recorder.ticks
          .filter((t) => t.arrivedAt > (blockedAt as number) && symbols.includes(t.symbol))
          .map((t) => t.symbol),
      );
      const inFlush = new Map<string, number>(
        flush.data.map((q: { symbol: string; seq: number }) => [q.symbol, q.seq]),
      );
      expect(missed.size).toBeGreaterThan(100);
      for (const symbol of missed) {
        expect({ symbol, seq: inFlush.get(symbol) }).toEqual({
          symbol,
          seq: app.feed.simulator.snapshot(symbol)?.seq,
        });
      }
      socket.destroy();
    }, 30_000);
  });
});
