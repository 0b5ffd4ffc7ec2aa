import { FlashLimiter } from './flash-limiter';

describe('FlashLimiter (WCAG 2.3.1: at most 3 flashes per second)', () => {
  it('flashes only on a real change, with its direction', () => {
    const limiter = new FlashLimiter();
    expect(limiter.next('AAPL:last', 100, 0)).toBe(0);
    expect(limiter.next('AAPL:last', 100, 1000)).toBe(0);
    expect(limiter.next('AAPL:last', 101, 2000)).toBe(1);
    expect(limiter.next('AAPL:last', 99, 3000)).toBe(-1);
  });

  it('never flashes a cell more than 3 times in any second', () => {
    const limiter = new FlashLimiter();
    const flashes: number[] = [];
    for (let t = 0; t < 10_000; t += 16) {
      if (limiter.next('X', t % 32 === 0 ? 1 : 2, t) !== 0) flashes.push(t);
    }
    for (const start of flashes) {
      expect(flashes.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(3);
    }
    expect(flashes.length).toBeGreaterThanOrEqual(25);
  });

  it('limits each cell on its own', () => {
    const limiter = new FlashLimiter();
    limiter.next('A', 1, 0);
    limiter.next('B', 1, 0);
    expect(limiter.next('A', 2, 10)).toBe(1);
    expect(limiter.next('B', 2, 20)).toBe(1);
    expect(limiter.next('A', 3, 30)).toBe(0);
  });

  it('records a value without flashing, and compares the next one with it', () => {
    const limiter = new FlashLimiter();
    limiter.next('A', 1, 0);
    limiter.record('A', 5);
    expect(limiter.next('A', 5, 1_000)).toBe(0);
    expect(limiter.next('A', 4, 2_000)).toBe(-1);
  });
});
