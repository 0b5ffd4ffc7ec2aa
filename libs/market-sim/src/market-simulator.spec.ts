import { firstValueFrom, take, toArray } from 'rxjs';
import { VirtualClock } from './clock';
import { UnknownSymbolError } from './errors';
import { MarketSimulator } from './market-simulator';
import { DecimalGrid } from './price-grid';
import { type Tick } from './types';
import { findInstrument } from './catalog/catalog';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'USD/JPY', 'BTC-USD', 'DOGE-USD', 'SPX'];

function virtualSimulator(seed = 20261125, ticksPerSecond = 400) {
  const clock = new VirtualClock();
  const simulator = new MarketSimulator({ seed, symbols: SYMBOLS, ticksPerSecond, clock });
  return { clock, simulator };
}

describe('MarketSimulator', () => {
  it('produces exactly the same ticks for the same seed and clock', () => {
    const a = virtualSimulator();
    const b = virtualSimulator();
    const ticksA = a.simulator.advanceTo(a.clock.advance(30_000));
    const ticksB = b.simulator.advanceTo(b.clock.advance(30_000));
    expect(ticksA.length).toBeGreaterThan(10_000);
    expect(ticksB).toEqual(ticksA);
    const c = virtualSimulator(7);
    expect(c.simulator.advanceTo(c.clock.advance(30_000))).not.toEqual(ticksA);
  });

  it("knows every symbol's price before its first trade, without changing what follows", () => {
    const looked = virtualSimulator();
    for (const symbol of SYMBOLS) {
      const reference = looked.simulator.snapshot(symbol);
      const past = looked.simulator.history(symbol, '1m', 1);
      expect(reference).toEqual(
        expect.objectContaining({ symbol, seq: 0, lastSize: 0, last: past[past.length - 1].close }),
      );
      expect(reference.bid).toBe(reference.last);
      expect(reference.ask).toBe(reference.last);
    }
    const untouched = virtualSimulator();
    expect(looked.simulator.advanceTo(looked.clock.advance(5_000))).toEqual(
      untouched.simulator.advanceTo(untouched.clock.advance(5_000)),
    );
  });

  it('does not depend on how the time is sliced', () => {
    const whole = virtualSimulator();
    const sliced = virtualSimulator();
    const expected = whole.simulator.advanceTo(whole.clock.advance(10_000));
    const got: Tick[] = [];
    for (let i = 0; i < 1000; i++)
      got.push(...sliced.simulator.advanceTo(sliced.clock.advance(10)));
    expect(got).toEqual(expected);
  });

  it('emits valid ticks: seq from 1, on tick size, bid < ask, last inside, volume growing', () => {
    const { clock, simulator } = virtualSimulator();
    const ticks = simulator.advanceTo(clock.advance(60_000));
    const previous = new Map<string, Tick>();
    const problems: string[] = [];
    const check = (ok: boolean, what: string, tick: Tick) => {
      if (!ok && problems.length < 10) problems.push(`${what}: ${JSON.stringify(tick)}`);
    };
    let lastTs = -Infinity;
    for (const tick of ticks) {
      const instrument = findInstrument(tick.symbol);
      if (instrument === undefined) throw new Error(`unknown ${tick.symbol}`);
      const grid = new DecimalGrid(instrument.tickSize);
      for (const price of [tick.bid, tick.ask, tick.last, tick.open, tick.high, tick.low]) {
        check(grid.isOnGrid(price), 'price off the tick grid', tick);
      }
      check(tick.prevClose > 0 && grid.isOnGrid(tick.prevClose), 'prevClose', tick);
      check(tick.bid < tick.ask, 'bid < ask', tick);
      check(tick.bid <= tick.last && tick.last <= tick.ask, 'last inside the quote', tick);
      check(tick.low <= tick.last && tick.last <= tick.high, 'last inside the session range', tick);
      check(tick.low <= tick.open && tick.open <= tick.high, 'open inside the session range', tick);
      check(
        tick.lastSize > 0 && new DecimalGrid(instrument.lotSize).isOnGrid(tick.lastSize),
        'size',
        tick,
      );
      check(Number.isInteger(tick.ts) && tick.ts >= lastTs, 'ts in order', tick);
      lastTs = tick.ts;
      const before = previous.get(tick.symbol);
      check(tick.seq === (before?.seq ?? 0) + 1, 'seq', tick);
      if (before !== undefined) {
        check(tick.volume > before.volume, 'volume grows', tick);
        check(tick.open === before.open && tick.prevClose === before.prevClose, 'session', tick);
      }
      previous.set(tick.symbol, tick);
    }
    expect(problems).toEqual([]);
    expect(previous.size).toBe(SYMBOLS.length);
    expect(simulator.snapshot('AAPL')).toBe(previous.get('AAPL'));
  });

  it('emits the same ticks through ticks$ and ticksFor as advanceTo returns', async () => {
    const { clock, simulator } = virtualSimulator();
    const all: Tick[] = [];
    const subscription = simulator.ticks$.subscribe((tick) => all.push(tick));
    const firstApple = firstValueFrom(simulator.ticksFor('AAPL').pipe(take(3), toArray()));
    const returned = simulator.advanceTo(clock.advance(5_000));
    subscription.unsubscribe();
    expect(all).toEqual(returned);
    expect(await firstApple).toEqual(returned.filter((t) => t.symbol === 'AAPL').slice(0, 3));
  });

  it('rejects unknown symbols clearly', () => {
    const clock = new VirtualClock();
    expect(() => new MarketSimulator({ seed: 1, symbols: ['AAPL', 'NOPE'], clock })).toThrow(
      UnknownSymbolError,
    );
    const { simulator } = virtualSimulator();
    expect(() => simulator.ticksFor('TSLA')).toThrow(/TSLA/);
    expect(() => simulator.snapshot('NOPE')).toThrow(UnknownSymbolError);
  });

  it('simulates the whole catalog by default', () => {
    const clock = new VirtualClock();
    const simulator = new MarketSimulator({ seed: 1, clock });
    expect(simulator.instruments.length).toBeGreaterThanOrEqual(500);
  });

  it('pumps ticks on the wall clock once started, each with its own arrival time', async () => {
    const simulator = new MarketSimulator({ seed: 3, symbols: SYMBOLS, ticksPerSecond: 2000 });
    const received: { tick: Tick; at: number }[] = [];
    simulator.ticks$.subscribe((tick) => received.push({ tick, at: Date.now() }));
    simulator.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    simulator.stop();
    const count = received.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.length).toBe(count);
    // 2000 ticks/s for 300 ms: about 600, far more than 100 even on a loaded machine.
    expect(count).toBeGreaterThan(100);
    for (const { tick, at } of received) expect(tick.ts).toBeLessThanOrEqual(at);
    const distinctTimes = new Set(received.map((r) => r.tick.ts)).size;
    expect(distinctTimes).toBeGreaterThan(count / 4);
  });

  it('skips, rather than replays, time that passed before start()', async () => {
    const clock = new VirtualClock();
    const simulator = new MarketSimulator({
      seed: 9,
      symbols: SYMBOLS,
      ticksPerSecond: 1000,
      clock,
    });
    const received: Tick[] = [];
    simulator.ticks$.subscribe((tick) => received.push(tick));
    clock.advance(3_600_000);
    simulator.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(received.length).toBeLessThan(50);
      const before = received.length;
      clock.advance(1_000);
      // One pump emits everything due; wait for it (timers run late on a loaded machine).
      for (let waited = 0; received.length === before && waited < 2_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // The pump follows the (virtual) clock: about 1000 ticks for the second just added.
      expect(received.length - before).toBeGreaterThan(800);
      expect(received.length - before).toBeLessThan(1200);
    } finally {
      simulator.stop();
    }
  });
});
