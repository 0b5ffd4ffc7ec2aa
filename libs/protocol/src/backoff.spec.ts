import { backoffCeiling, backoffDelay } from './backoff';

const options = { baseMs: 500, capMs: 30_000 };

describe('backoffDelay (full jitter)', () => {
  it('doubles the ceiling per attempt up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((a) => backoffCeiling(a, options))).toEqual([
      500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('stays within [0, ceiling) for every attempt, whatever the random source says', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const ceiling = backoffCeiling(attempt, options);
      expect(backoffDelay(attempt, options, () => 0)).toBe(0);
      expect(backoffDelay(attempt, options, () => 0.999999)).toBeLessThan(ceiling);
      const delay = backoffDelay(attempt, options);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(ceiling);
    }
  });

  it('spreads delays over the whole window (jitter, not a fixed step)', () => {
    const delays = Array.from({ length: 2000 }, () => backoffDelay(4, options));
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    // Uniform on [0, 8000): mean 4000; 2000 samples keep it well within ±400.
    expect(mean).toBeGreaterThan(3600);
    expect(mean).toBeLessThan(4400);
    expect(Math.min(...delays)).toBeLessThan(800);
    expect(Math.max(...delays)).toBeGreaterThan(7200);
    expect(new Set(delays).size).toBeGreaterThan(1000);
  });

  it('uses configured base and cap', () => {
    expect(backoffCeiling(3, { baseMs: 100, capMs: 500 })).toBe(500);
    expect(backoffDelay(2, { baseMs: 100, capMs: 5000 }, () => 0.5)).toBe(200);
  });
});
