import { findInstrument } from './catalog/catalog';
import { VirtualClock } from './clock';
import { HISTORY_INTERVALS, HISTORY_INTERVAL_SECONDS } from './history';
import { MarketSimulator } from './market-simulator';
import { DecimalGrid } from './price-grid';
import { type HistoryInterval } from './types';
import { type Bar, type Tick } from '@tickwire/protocol';

const SYMBOLS = ['AAPL', 'EUR/USD', 'BTC-USD', 'SPX', 'GME'];

function create(seed = 77) {
  const clock = new VirtualClock();
  const simulator = new MarketSimulator({ seed, symbols: SYMBOLS, ticksPerSecond: 50, clock });
  return { clock, simulator };
}

function barProblems(bars: Bar[], interval: HistoryInterval, now: number): string[] {
  const seconds = HISTORY_INTERVAL_SECONDS[interval];
  const problems: string[] = [];
  bars.forEach((bar, i) => {
    const grid = new DecimalGrid(findInstrument(bar.symbol)?.tickSize ?? NaN);
    const say = (what: string) =>
      problems.push(`${interval} bar ${i}: ${what} ${JSON.stringify(bar)}`);
    if (!(bar.low <= Math.min(bar.open, bar.close))) say('low above open or close');
    if (!(bar.high >= Math.max(bar.open, bar.close))) say('high below open or close');
    if (![bar.open, bar.high, bar.low, bar.close].every((p) => grid.isOnGrid(p) && p > 0)) {
      say('price off the grid');
    }
    if (!(bar.volume > 0)) say('no volume');
    if (bar.time % seconds !== 0) say('time not on the interval');
    if (i > 0 && !(bar.time > bars[i - 1].time)) say('time not increasing');
  });
  const last = bars[bars.length - 1];
  if (last !== undefined && last.time > now / 1000) problems.push(`${interval}: bar in the future`);
  return problems.slice(0, 10);
}

describe('history', () => {
  it('serves consistent bars for every interval, ending at now', () => {
    const { clock, simulator } = create();
    for (const symbol of SYMBOLS) {
      for (const interval of HISTORY_INTERVALS) {
        const bars = simulator.history(symbol, interval, 1000);
        expect(bars.length).toBeGreaterThan(interval === '1s' ? 100 : 900);
        expect(bars.length).toBeLessThanOrEqual(1000);
        expect(barProblems(bars, interval, clock.now())).toEqual([]);
      }
    }
    expect(simulator.history('AAPL', '1m', 10)).toHaveLength(10);
    expect(simulator.history('AAPL', '1m', 0)).toEqual([]);
  });

  it('serves the same bars whatever the limit (the past is generated only as far as needed)', () => {
    const { simulator } = create();
    for (const interval of HISTORY_INTERVALS) {
      const all = simulator.history('SPX', interval, 1000);
      expect(simulator.history('SPX', interval, 7)).toEqual(all.slice(-7));
    }
  });

  it('agrees across intervals: coarse bars aggregate the finer ones', () => {
    const { simulator } = create();
    const minutes = simulator.history('AAPL', '1m', 1000);
    const fiveMinutes = simulator.history('AAPL', '5m', 1000);
    const lastFive = fiveMinutes[fiveMinutes.length - 1];
    const inside = minutes.filter((m) => m.time >= lastFive.time);
    expect(inside[0].open).toBe(lastFive.open);
    expect(inside[inside.length - 1].close).toBe(lastFive.close);
    expect(Math.max(...inside.map((m) => m.high))).toBe(lastFive.high);
    expect(Math.min(...inside.map((m) => m.low))).toBe(lastFive.low);
  });

  it('continues into the live feed: first live price near the last close, session from the past', () => {
    const { clock, simulator } = create();
    const days = simulator.history('AAPL', '1d', 5);
    const today = days[days.length - 1];
    const yesterday = days[days.length - 2];
    const lastSecond = simulator.history('AAPL', '1s', 1)[0];
    const ticks = simulator.advanceTo(clock.advance(10_000)).filter((t) => t.symbol === 'AAPL');
    const first = ticks[0];
    // The first live trade prints at the bid or ask around the last close: within a few spreads.
    expect(Math.abs(first.last - lastSecond.close) / lastSecond.close).toBeLessThan(0.001);
    expect(first.prevClose).toBe(yesterday.close);
    expect(first.open).toBe(today.open);
    const latest = ticks[ticks.length - 1];
    const todayNow = simulator.history('AAPL', '1d', 1)[0];
    expect(todayNow.time).toBe(today.time);
    expect(todayNow.open).toBe(latest.open);
    expect(todayNow.high).toBe(latest.high);
    expect(todayNow.low).toBe(latest.low);
    expect(todayNow.close).toBe(latest.last);
    expect(todayNow.volume).toBeCloseTo(latest.volume, 6);
  });

  it('includes the bars built by live ticks, exactly', () => {
    const { clock, simulator } = create();
    const ticks: Tick[] = simulator
      .advanceTo(clock.advance(600_000))
      .filter((t) => t.symbol === 'BTC-USD');
    const expected = new Map<number, Bar>();
    for (const tick of ticks) {
      const time = Math.floor(tick.ts / 60_000) * 60;
      const bar = expected.get(time);
      if (bar === undefined) {
        expected.set(time, {
          symbol: 'BTC-USD',
          time,
          open: tick.last,
          high: tick.last,
          low: tick.last,
          close: tick.last,
          volume: tick.lastSize,
        });
      } else {
        bar.high = Math.max(bar.high, tick.last);
        bar.low = Math.min(bar.low, tick.last);
        bar.close = tick.last;
        bar.volume += tick.lastSize;
      }
    }
    const served = simulator.history('BTC-USD', '1m', 1000);
    const liveServed = served.slice(served.length - expected.size);
    const liveExpected = [...expected.values()];
    // The first live minute also holds the past's part of it, so it is merged.
    for (let i = 1; i < liveExpected.length; i++) {
      expect({ ...liveServed[i], volume: 0 }).toEqual({ ...liveExpected[i], volume: 0 });
      expect(liveServed[i].volume).toBeCloseTo(liveExpected[i].volume, 6);
    }
    expect(liveServed[0].time).toBe(liveExpected[0].time);
    expect(liveServed[0].close).toBe(liveExpected[0].close);
    expect(liveServed[0].high).toBeGreaterThanOrEqual(liveExpected[0].high);
    expect(served[served.length - 1].time).toBe(liveExpected[liveExpected.length - 1].time);
    expect(served[served.length - 1].time).toBeGreaterThan(clock.now() / 1000 - 120);
  });

  it('keeps at most 1000 live bars per symbol and interval', () => {
    const { clock, simulator } = create();
    simulator.advanceTo(clock.advance(1_500_000));
    const bars = simulator.history('BTC-USD', '1s', 5000);
    expect(bars).toHaveLength(1000);
    expect(barProblems(bars, '1s', clock.now())).toEqual([]);
    // All live: the oldest served second is within the last 1000 s of simulated trading.
    expect(bars[0].time).toBeGreaterThan(clock.now() / 1000 - 1100);
  });

  it('is deterministic: same seed, same past', () => {
    expect(create(5).simulator.history('GME', '5m', 300)).toEqual(
      create(5).simulator.history('GME', '5m', 300),
    );
    expect(create(5).simulator.history('GME', '5m', 300)).not.toEqual(
      create(6).simulator.history('GME', '5m', 300),
    );
  });

  it('rolls the session at midnight UTC: prevClose from the last daily bar, fresh open and volume', () => {
    const clock = new VirtualClock(Date.UTC(2026, 0, 5, 23, 59, 30));
    const simulator = new MarketSimulator({
      seed: 3,
      symbols: ['BTC-USD'],
      ticksPerSecond: 20,
      clock,
    });
    const ticks = simulator.advanceTo(clock.advance(60_000));
    const midnight = Date.UTC(2026, 0, 6);
    const lastBefore = ticks.filter((t) => t.ts < midnight).pop();
    const firstAfter = ticks.find((t) => t.ts >= midnight);
    if (lastBefore === undefined || firstAfter === undefined)
      throw new Error('no ticks around midnight');
    expect(firstAfter.prevClose).toBe(lastBefore.last);
    expect(firstAfter.open).toBe(firstAfter.last);
    expect(firstAfter.volume).toBe(firstAfter.lastSize);
    const [yesterday, today] = simulator.history('BTC-USD', '1d', 2);
    expect(yesterday.time).toBe(midnight / 1000 - 86_400);
    expect(yesterday.close).toBe(lastBefore.last);
    expect(yesterday.volume).toBeCloseTo(lastBefore.volume, 6);
    expect(today.time).toBe(midnight / 1000);
    expect(today.open).toBe(firstAfter.open);
  });

  it('moves the pasts of related symbols together', () => {
    const clock = new VirtualClock();
    const simulator = new MarketSimulator({
      seed: 8,
      symbols: ['AAPL', 'MSFT', 'XOM', 'EUR/USD', 'USD/JPY'],
      clock,
    });
    const dailyReturns = (symbol: string) => {
      const closes = simulator.history(symbol, '1d', 1000).map((bar) => bar.close);
      return closes.slice(1).map((close, i) => Math.log(close / closes[i]));
    };
    const [apple, microsoft, exxon, euro, yen] = ['AAPL', 'MSFT', 'XOM', 'EUR/USD', 'USD/JPY'].map(
      dailyReturns,
    );
    // Same factor model as live (0.55 within a sector, 0.30 across, -0.29 for the two dollar
    // pairs), with jumps absent from the past; standard error ~0.03 over 1000 days.
    expect(correlation(apple, microsoft)).toBeGreaterThan(0.45);
    expect(correlation(apple, exxon)).toBeGreaterThan(0.18);
    expect(correlation(apple, exxon)).toBeLessThan(0.42);
    expect(correlation(euro, yen)).toBeLessThan(-0.18);
  });
});

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(a.length - n);
  const y = b.slice(b.length - n);
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let cov = 0;
  let varX = 0;
  let varY = 0;
  for (let i = 0; i < n; i++) {
    cov += (x[i] - meanX) * (y[i] - meanY);
    varX += (x[i] - meanX) ** 2;
    varY += (y[i] - meanY) ** 2;
  }
  return cov / Math.sqrt(varX * varY);
}
