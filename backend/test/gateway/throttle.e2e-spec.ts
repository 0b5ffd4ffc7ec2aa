import { percentile } from '@tickwire/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedRecorder } from '../support/feed-recorder';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type Received, type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];
const RUN_MS = 5000;

interface QuoteOnWire {
  symbol: string;
  seq: number;
  ts: number;
  frameT: number;
  receivedAt: number;
}

/** Every quote of every update frame, with the frame's send time and the receive time. */
function quotesOf(frames: Received[]): QuoteOnWire[] {
  return frames.flatMap((frame) =>
    frame.msg.data.map((q: { symbol: string; seq: number; ts: number }) => ({
      symbol: q.symbol,
      seq: q.seq,
      ts: q.ts,
      frameT: frame.msg.t,
      receivedAt: frame.at,
    })),
  );
}

describe('throttling, conflation and batching on the wire', () => {
  let app: TestApp;
  let fast: TestClient;
  let mixed: TestClient;
  let aligned: TestClient;
  let alignedReply: Record<string, unknown>;
  let recorder: FeedRecorder;
  /** Receive-time span of the run, for counts that must not grow while later tests run. */
  let runStart: number;
  let runEnd: number;
  const throttleMs = 100;

  beforeAll(async () => {
    app = await startTestApp({ FEED_TICKS_PER_SECOND: '1000' });
    const token = await demoToken(app.url);
    [fast, mixed, aligned] = await Promise.all([
      connectClient(app.wsUrl, token),
      connectClient(app.wsUrl, token),
      connectClient(app.wsUrl, token),
    ]);
    recorder = new FeedRecorder(app.feed);
    runStart = Date.now();
    await fast.request(
      { op: 'subscribe', id: 'q', channel: 'quotes', symbols: SYMBOLS, throttleMs },
      'subscribed',
    );
    alignedReply = await aligned.request(
      { op: 'subscribe', id: 'al', channel: 'quotes', symbols: SYMBOLS, throttleMs, align: true },
      'subscribed',
    );
    await mixed.request(
      { op: 'subscribe', id: 'a', channel: 'quotes', symbols: ['AAPL'], throttleMs: 100 },
      'subscribed',
    );
    await mixed.request(
      { op: 'subscribe', id: 'b', channel: 'quotes', symbols: ['MSFT'], throttleMs: 1000 },
      'subscribed',
    );
    await sleep(RUN_MS);
    recorder.stop();
    runEnd = Date.now();
  }, 30_000);

  afterAll(async () => {
    await Promise.all([fast.close(), mixed.close(), aligned.close()]);
    await app.close();
  });

  it('never sends one symbol twice within throttleMs - 5 ms', () => {
    const quotes = quotesOf(fast.updates('quotes'));
    expect(quotes.length).toBeGreaterThan(100);
    for (const symbol of SYMBOLS) {
      const times = quotes.filter((q) => q.symbol === symbol).map((q) => q.frameT);
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(throttleMs - 5);
    }
  });

  it('sends strictly increasing seq per symbol', () => {
    const quotes = quotesOf(fast.updates('quotes'));
    for (const symbol of SYMBOLS) {
      const seqs = quotes.filter((q) => q.symbol === symbol).map((q) => q.seq);
      const backwards = seqs.filter((seq, i) => i > 0 && seq <= seqs[i - 1]);
      expect({ symbol, backwards }).toEqual({ symbol, backwards: [] });
    }
  });

  it('conflates: far fewer updates than ticks, each carrying the latest state at send time', () => {
    const quotes = quotesOf(fast.updates('quotes'));
    const ticks = recorder.ticks.filter((tick) => SYMBOLS.includes(tick.symbol));
    expect(quotes.length).toBeLessThan(ticks.length / 2);
    const window = quotes.filter((q) => q.frameT > recorder.ticks[0].arrivedAt + 50);
    for (const quote of window) {
      const newer = ticks.filter(
        (tick) =>
          tick.symbol === quote.symbol && tick.seq > quote.seq && tick.arrivedAt < quote.frameT - 2,
      );
      expect(newer).toEqual([]);
    }
  });

  /** Receive time minus tick time of every tick the client got the state of. */
  function deliveryDelays(client: TestClient): number[] {
    const quotes = quotesOf(client.updates('quotes'));
    const delays: number[] = [];
    for (const symbol of SYMBOLS) {
      const received = quotes.filter((q) => q.symbol === symbol);
      for (const tick of recorder.of(symbol)) {
        const delivered = received.find((q) => q.seq >= tick.seq);
        if (delivered) delays.push(delivered.receivedAt - tick.ts);
      }
    }
    return delays;
  }

  it('delivers every tick within throttleMs + 25 ms (p99)', () => {
    const delays = deliveryDelays(fast);
    expect(delays.length).toBeGreaterThan(1000);
    expect(percentile(delays, 0.99)).toBeLessThanOrEqual(throttleMs + 25);
  });

  it('sends aligned symbols together, one frame per throttleMs, just as fresh', () => {
    expect(alignedReply).toMatchObject({ symbols: SYMBOLS, throttleMs, align: true });
    const frames = aligned.updates('quotes');
    const sendTimes = frames.map((frame) => frame.msg.t);
    const gaps = sendTimes.slice(1).map((t, i) => t - sendTimes[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(throttleMs - 5);
    const inRun = (frame: Received) => frame.at <= runEnd;
    const alignedFrames = frames.filter(inRun).length;
    expect(alignedFrames).toBeLessThanOrEqual((runEnd - runStart) / (throttleMs - 5) + 1);
    expect(alignedFrames).toBeLessThan(fast.updates('quotes').filter(inRun).length);
    const symbolsPerFrame = frames.map((frame) => frame.msg.data.length);
    expect(Math.max(...symbolsPerFrame)).toBe(SYMBOLS.length);
    const delays = deliveryDelays(aligned);
    expect(delays.length).toBeGreaterThan(1000);
    expect(percentile(delays, 0.99)).toBeLessThanOrEqual(throttleMs + 25);
  });

  it('puts every update due in one flush into one frame per channel', () => {
    const frames = fast.updates('quotes');
    const sendTimes = frames.map((frame) => frame.msg.t);
    expect(new Set(sendTimes).size).toBe(sendTimes.length);
    const symbolsPerFrame = frames.map((frame) => frame.msg.data.length);
    expect(Math.max(...symbolsPerFrame)).toBeGreaterThan(1);
    for (const frame of frames) {
      const symbols = frame.msg.data.map((q: { symbol: string }) => q.symbol);
      expect(new Set(symbols).size).toBe(symbols.length);
    }
  });

  it('holds a different throttle per symbol on one connection', () => {
    const quotes = quotesOf(mixed.updates('quotes')).filter((q) => q.receivedAt <= runEnd);
    const count = (symbol: string) => quotes.filter((q) => q.symbol === symbol).length;
    expect(count('AAPL')).toBeGreaterThan(RUN_MS / 100 / 2);
    expect(count('MSFT')).toBeLessThanOrEqual(RUN_MS / 1000 + 1);
    expect(count('MSFT')).toBeGreaterThanOrEqual(RUN_MS / 1000 - 1);
  });
});
