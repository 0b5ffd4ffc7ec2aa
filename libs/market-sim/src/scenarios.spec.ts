import { VirtualClock } from './clock';
import { MarketSimulator, type SimulatorOptions } from './market-simulator';
import { type FeedStatusEvent, type Tick } from '@tickwire/protocol';

const SYMBOLS = ['AAPL', 'MSFT', 'BTC-USD', 'EUR/USD'];

function create(options: Partial<SimulatorOptions> = {}) {
  const clock = new VirtualClock();
  const simulator = new MarketSimulator({
    seed: 4242,
    symbols: SYMBOLS,
    ticksPerSecond: 200,
    clock,
    ...options,
  });
  const statuses: FeedStatusEvent[] = [];
  simulator.status$.subscribe((event) => statuses.push(event));
  const run = (ms: number): Tick[] => simulator.advanceTo(clock.advance(ms));
  return { clock, simulator, statuses, run };
}

const mid = (tick: Tick) => (tick.bid + tick.ask) / 2;

describe('scenarios', () => {
  it('halts and resumes one symbol: no ticks while halted, a status for each change', () => {
    const { clock, simulator, statuses, run } = create();
    run(5_000);
    simulator.halt('AAPL');
    const haltedAt = clock.now();
    expect(simulator.isHalted('AAPL')).toBe(true);
    const whileHalted = run(10_000);
    expect(whileHalted.filter((t) => t.symbol === 'AAPL')).toEqual([]);
    expect(whileHalted.filter((t) => t.symbol === 'MSFT').length).toBeGreaterThan(50);
    simulator.resume('AAPL');
    expect(simulator.isHalted('AAPL')).toBe(false);
    const after = run(5_000).filter((t) => t.symbol === 'AAPL');
    expect(after.length).toBeGreaterThan(20);
    expect(statuses).toEqual([
      { kind: 'halted', symbol: 'AAPL', ts: haltedAt },
      { kind: 'resumed', symbol: 'AAPL', ts: haltedAt + 10_000 },
    ]);
  });

  it('applies a halt requested from inside a tick subscriber from that tick on', () => {
    const { simulator, statuses, run } = create();
    let trigger: Tick | undefined;
    simulator.ticks$.subscribe((tick) => {
      if (trigger === undefined && tick.symbol === 'MSFT' && tick.seq === 50) {
        trigger = tick;
        simulator.halt('AAPL');
      }
    });
    const ticks = run(10_000);
    if (trigger === undefined) throw new Error('MSFT never reached seq 50');
    const at = trigger.ts;
    expect(ticks.filter((t) => t.symbol === 'AAPL' && t.ts > at)).toEqual([]);
    expect(ticks.filter((t) => t.symbol === 'AAPL' && t.ts < at).length).toBeGreaterThan(10);
    expect(statuses).toEqual([{ kind: 'halted', symbol: 'AAPL', ts: at }]);
  });

  it('stalls the whole feed for the given time, then resumes on its own', () => {
    const { clock, simulator, statuses, run } = create();
    run(2_000);
    const stalledAt = clock.now();
    simulator.stall(3_000);
    expect(run(2_999)).toEqual([]);
    expect(statuses).toEqual([{ kind: 'stall-started', ts: stalledAt }]);
    const after = run(2_001);
    expect(after.length).toBeGreaterThan(100);
    expect(after[0].ts).toBeGreaterThanOrEqual(stalledAt + 3_000);
    expect(statuses[1]).toEqual({ kind: 'stall-ended', ts: stalledAt + 3_000 });
  });

  it('crashes one symbol by dropPct and recovers it, leaving the others alone', () => {
    const base = create();
    const crashed = create();
    base.run(5_000);
    crashed.run(5_000);
    crashed.simulator.flashCrash({
      symbol: 'BTC-USD',
      dropPct: 10,
      durationMs: 2_000,
      recoveryMs: 8_000,
    });
    const plain = base.run(20_000);
    const shocked = crashed.run(20_000);
    expect(shocked.length).toBe(plain.length);
    const crashStart = crashed.clock.now() - 20_000;
    let deepest = 1;
    for (let i = 0; i < plain.length; i++) {
      const ratio = mid(shocked[i]) / mid(plain[i]);
      if (shocked[i].symbol !== 'BTC-USD' || shocked[i].ts >= crashStart + 10_000) {
        // The crash draws no random numbers: outside it, the two markets are identical (but
        // for the session low, which remembers the crash).
        expect({ ...shocked[i], low: 0 }).toEqual({ ...plain[i], low: 0 });
        continue;
      }
      deepest = Math.min(deepest, ratio);
      const elapsed = shocked[i].ts - crashStart;
      const depth = elapsed < 2_000 ? elapsed / 2_000 : 1 - (elapsed - 2_000) / 8_000;
      // The path is linear in log price; quotes round to ticks and widen, hence 0.1 %.
      expect(Math.abs(Math.log(ratio) - Math.log(0.9) * depth)).toBeLessThan(0.001);
    }
    expect(deepest).toBeLessThan(0.905);
  });

  it('crashes the whole market when no symbol is given', () => {
    const { simulator, run } = create();
    const before = new Map(run(5_000).map((t) => [t.symbol, mid(t)]));
    simulator.flashCrash({ dropPct: 20, durationMs: 1_000, recoveryMs: 60_000 });
    const atBottom = new Map(run(1_000).map((t) => [t.symbol, mid(t)]));
    for (const symbol of SYMBOLS) {
      const ratio = (atBottom.get(symbol) ?? NaN) / (before.get(symbol) ?? NaN);
      expect(ratio).toBeLessThan(0.9);
    }
  });

  it('spikes volatility by the given factor and widens the quotes meanwhile', () => {
    const rates = { symbolRates: { 'BTC-USD': 50 } };
    const base = create(rates);
    const spiked = create(rates);
    base.run(5_000);
    spiked.run(5_000);
    spiked.simulator.volatilitySpike({ symbol: 'BTC-USD', factor: 5, durationMs: 30_000 });
    const pick = (ticks: Tick[]) => ticks.filter((t) => t.symbol === 'BTC-USD');
    const plain = pick(base.run(30_000));
    const wild = pick(spiked.run(30_000));
    const sd = (ticks: Tick[]) => {
      const returns = ticks.slice(1).map((t, i) => Math.log(mid(t) / mid(ticks[i])));
      const mean = returns.reduce((s, r) => s + r, 0) / returns.length;
      return Math.sqrt(returns.reduce((s, r) => s + (r - mean) ** 2, 0) / returns.length);
    };
    const ratio = sd(wild) / sd(plain);
    // Same random draws, five times the volatility: the ratio is 5 up to tick rounding.
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(5.5);
    const spread = (ticks: Tick[]) => ticks.reduce((s, t) => s + (t.ask - t.bid), 0) / ticks.length;
    expect(spread(wild)).toBeGreaterThan(2 * spread(plain));
  });

  it('rejects invalid scenario parameters and unknown symbols', () => {
    const { simulator } = create();
    expect(() => simulator.flashCrash({ dropPct: 120, durationMs: 1, recoveryMs: 1 })).toThrow(
      /dropPct/,
    );
    expect(() => simulator.volatilitySpike({ factor: -1, durationMs: 1 })).toThrow(/factor/);
    expect(() => simulator.stall(-5)).toThrow(/durationMs/);
    expect(() => simulator.halt('TSLA')).toThrow(/TSLA/);
  });
});
