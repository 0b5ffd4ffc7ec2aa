import { createVirtualSimulator } from './testing';

describe('createVirtualSimulator', () => {
  it('drives a simulator on its own virtual clock, reproducibly', () => {
    const a = createVirtualSimulator(12, ['AAPL', 'EUR/USD'], { ticksPerSecond: 100 });
    const b = createVirtualSimulator(12, ['AAPL', 'EUR/USD'], { ticksPerSecond: 100 });
    const ticks = a.advance(2_000);
    expect(ticks.length).toBeGreaterThan(100);
    expect(ticks.filter((t) => t.ts > a.clock.now())).toEqual([]);
    expect(b.advance(2_000)).toEqual(ticks);
    expect(a.simulator.instruments.map((i) => i.symbol)).toEqual(['AAPL', 'EUR/USD']);
  });
});
