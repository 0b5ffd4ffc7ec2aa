import { ScenarioCommandError, type ScenarioCommand } from '@tickwire/protocol';
import { UnknownSymbolError } from './errors';
import { ScenarioDesk, ScenarioLimitError } from './scenario-desk';
import { createVirtualSimulator } from './testing';
import { type Tick } from './types';

const SYMBOLS = ['AAPL', 'MSFT', 'BTC-USD', 'EUR/USD'];

function create(options: ConstructorParameters<typeof ScenarioDesk>[1] = {}) {
  const market = createVirtualSimulator(777, SYMBOLS, { ticksPerSecond: 400 });
  market.advance(2000);
  return { ...market, desk: new ScenarioDesk(market.simulator, options) };
}

const mid = (tick: Tick) => (tick.bid + tick.ask) / 2;

describe('ScenarioDesk', () => {
  it('runs a flash crash with the defaults and records it with its resolved parameters', () => {
    const { desk, clock, simulator, advance } = create();
    const before = mid(simulator.snapshot('AAPL') as Tick);
    const startedAt = clock.now();
    const record = desk.run({ type: 'flash-crash', symbol: 'AAPL' }, 'root');
    expect(record).toEqual({
      id: expect.any(String),
      type: 'flash-crash',
      symbol: 'AAPL',
      params: { dropPct: 10, durationMs: 2000, recoveryMs: 5000 },
      by: 'root',
      startedAt,
      endsAt: startedAt + 7000,
      active: true,
    });
    const bottom = advance(2000).filter((t) => t.symbol === 'AAPL');
    expect(mid(bottom[bottom.length - 1])).toBeLessThan(before * 0.95);
    expect(desk.list().active.map((r) => r.id)).toEqual([record.id]);
    advance(5000);
    const { active, recent } = desk.list();
    expect(active).toEqual([]);
    expect(recent).toEqual([{ ...record, active: false }]);
  });

  it('halts until resumed: the symbol stops trading, the halt stays active, resume ends it', () => {
    const { desk, clock, simulator, advance } = create();
    const halt = desk.run({ type: 'halt', symbol: 'MSFT' }, 'root');
    expect(halt.endsAt).toBeUndefined();
    expect(halt.active).toBe(true);
    expect(simulator.isHalted('MSFT')).toBe(true);
    expect(advance(60_000).filter((t) => t.symbol === 'MSFT')).toEqual([]);
    expect(desk.list().active).toEqual([halt]);
    const resumedAt = clock.now();
    const resume = desk.run({ type: 'resume', symbol: 'MSFT' }, 'ops');
    expect(resume).toMatchObject({ type: 'resume', symbol: 'MSFT', params: {}, by: 'ops' });
    expect(resume).toMatchObject({ startedAt: resumedAt, endsAt: resumedAt, active: false });
    expect(simulator.isHalted('MSFT')).toBe(false);
    const { active, recent } = desk.list();
    expect(active).toEqual([]);
    expect(recent).toEqual([resume, { ...halt, endsAt: resumedAt, active: false }]);
  });

  it('ends a halt record when the symbol is halted again or resumed behind its back', () => {
    const { desk, simulator, advance } = create();
    const first = desk.run({ type: 'halt', symbol: 'AAPL' }, 'root');
    advance(1000);
    const second = desk.run({ type: 'halt', symbol: 'AAPL' }, 'root');
    expect(desk.list().active.map((r) => r.id)).toEqual([second.id]);
    expect(desk.list().recent[1]).toMatchObject({ id: first.id, active: false });
    simulator.resume('AAPL');
    expect(desk.list().active).toEqual([]);
  });

  it('stalls the whole feed and spikes volatility for their durations', () => {
    const { desk, advance } = create();
    const stall = desk.run({ type: 'stall', durationMs: 1000 }, 'root');
    expect(stall).not.toHaveProperty('symbol');
    expect(stall.params).toEqual({ durationMs: 1000 });
    expect(advance(900)).toEqual([]);
    const spike = desk.run({ type: 'volatility' }, 'root');
    expect(spike.params).toEqual({ factor: 4, durationMs: 30_000 });
    expect(desk.list().active.map((r) => r.type)).toEqual(['volatility', 'stall']);
    expect(advance(200).length).toBeGreaterThan(0);
    expect(desk.list().active.map((r) => r.type)).toEqual(['volatility']);
    advance(30_000);
    expect(desk.list().active).toEqual([]);
  });

  it('refuses unknown symbols and malformed commands without touching the market', () => {
    const { desk } = create();
    expect(() => desk.run({ type: 'halt', symbol: 'NOPE' }, 'root')).toThrow(UnknownSymbolError);
    // In the catalog, but not simulated here.
    expect(() => desk.run({ type: 'flash-crash', symbol: 'NVDA' }, 'root')).toThrow(
      UnknownSymbolError,
    );
    const bad = { type: 'stall', durationMs: 5 } as ScenarioCommand;
    expect(() => desk.run(bad, 'root')).toThrow(ScenarioCommandError);
    expect(desk.list()).toEqual({ active: [], recent: [] });
  });

  it('keeps the latest scenarios only, but every active one', () => {
    const { desk } = create({ recentLimit: 3 });
    desk.run({ type: 'halt', symbol: 'AAPL' }, 'root');
    for (let i = 0; i < 5; i++) desk.run({ type: 'halt', symbol: 'BTC-USD' }, 'root');
    const { active, recent } = desk.list();
    expect(recent).toHaveLength(3);
    expect(active.map((r) => r.symbol)).toEqual(['BTC-USD', 'AAPL']);
  });

  it('bounds the timed scenarios acting at once', () => {
    const { desk, advance } = create({ maxActive: 2 });
    desk.run({ type: 'volatility', durationMs: 1000 }, 'root');
    desk.run({ type: 'flash-crash', durationMs: 500, recoveryMs: 500 }, 'root');
    expect(() => desk.run({ type: 'stall' }, 'root')).toThrow(ScenarioLimitError);
    // Halts cost nothing per tick: they are not bounded.
    desk.run({ type: 'halt', symbol: 'AAPL' }, 'root');
    advance(1000);
    expect(desk.run({ type: 'stall' }, 'root').active).toBe(true);
  });

  it('hands out copies: callers cannot change its records', () => {
    const { desk } = create();
    const record = desk.run({ type: 'halt', symbol: 'AAPL' }, 'root');
    record.active = false;
    desk.list().active[0].by = 'mallory';
    expect(desk.list().active[0]).toMatchObject({ active: true, by: 'root' });
  });
});
