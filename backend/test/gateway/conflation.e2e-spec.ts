import { DecimalGrid, type Instrument, findInstrument } from '@tickwire/market-sim';
import { type Bar, type Tick } from '@tickwire/protocol';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedRecorder } from '../support/feed-recorder';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];

/** OHLCV of every 1 s bar, aggregated from every tick in order: the reference. */
/** Every tick folded in, volume summed in whole lots as the exchange would (no float drift). */
function referenceBars(ticks: Tick[]): Map<string, Bar> {
  const bars = new Map<string, Bar>();
  for (const tick of ticks) {
    const lots = new DecimalGrid((findInstrument(tick.symbol) as Instrument).lotSize);
    const time = Math.floor(tick.ts / 1000);
    const key = `${tick.symbol}@${time}`;
    const bar = bars.get(key);
    if (!bar) {
      bars.set(key, {
        symbol: tick.symbol,
        time,
        open: tick.last,
        high: tick.last,
        low: tick.last,
        close: tick.last,
        volume: tick.lastSize,
      });
      continue;
    }
    bar.high = Math.max(bar.high, tick.last);
    bar.low = Math.min(bar.low, tick.last);
    bar.close = tick.last;
    bar.volume = lots.toValue(lots.nearest(bar.volume) + lots.nearest(tick.lastSize));
  }
  return bars;
}

describe('conflation keeps the data exact', () => {
  let app: TestApp;
  let client: TestClient;
  let recorder: FeedRecorder;

  beforeAll(async () => {
    app = await startTestApp({ FEED_TICKS_PER_SECOND: '800' });
    client = await connectClient(app.wsUrl, await demoToken(app.url));
    recorder = new FeedRecorder(app.feed);
    await client.request(
      { op: 'subscribe', id: 'q', channel: 'quotes', symbols: SYMBOLS, throttleMs: 300 },
      'subscribed',
    );
    await client.request(
      {
        op: 'subscribe',
        id: 'b',
        channel: 'bars',
        interval: '1s',
        symbols: SYMBOLS,
        throttleMs: 700,
        historyLimit: 1,
      },
      'subscribed',
    );
    await sleep(4500);
    app.feed.simulator.stop();
    await sleep(1000);
    recorder.stop();
  }, 30_000);

  afterAll(async () => {
    await client.close();
    await app.close();
  });

  it('ends with the feed final state for every symbol (last value wins)', () => {
    const last = new Map<
      string,
      { seq: number; last: number; bid: number; ask: number; volume: number; ts: number }
    >();
    for (const frame of client.updates('quotes')) {
      for (const quote of frame.msg.data) last.set(quote.symbol, quote);
    }
    for (const symbol of SYMBOLS) {
      const final = app.feed.simulator.snapshot(symbol);
      expect(final).toBeDefined();
      const { seq, ts, bid, ask, last: price, volume } = final as Tick;
      expect(last.get(symbol)).toEqual(
        expect.objectContaining({ seq, ts, bid, ask, last: price, volume }),
      );
    }
  });

  it('sends bars whose OHLCV equal a reference aggregation of every tick', () => {
    const reference = referenceBars(recorder.ticks);
    const firstTime = Math.floor(recorder.ticks[0].ts / 1000);
    const received = new Map<string, Bar>();
    for (const frame of client.updates('bars')) {
      for (const bar of frame.msg.data as Bar[]) received.set(`${bar.symbol}@${bar.time}`, bar);
    }
    let compared = 0;
    for (const [key, bar] of received) {
      if (bar.time <= firstTime) continue;
      expect({ key, bar }).toEqual({ key, bar: reference.get(key) });
      compared++;
    }
    const expected = [...reference.values()].filter((bar) => bar.time > firstTime).length;
    expect(compared).toBe(expected);
    expect(compared).toBeGreaterThan(SYMBOLS.length);
  });
});
