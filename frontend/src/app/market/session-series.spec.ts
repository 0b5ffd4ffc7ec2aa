import { SessionSeries } from './session-series';

describe('SessionSeries', () => {
  it('keeps the last price of each bucket and signals only new buckets', () => {
    const series = new SessionSeries(1_000, 100);
    expect(series.add(10, 0)).toBe(true);
    expect(series.add(11, 500)).toBe(false);
    expect(series.values()).toEqual([11]);
    expect(series.add(12, 1_000)).toBe(true);
    expect(series.values()).toEqual([11, 12]);
  });

  it('thins old points when full, so the whole session stays in view', () => {
    const series = new SessionSeries(1_000, 8);
    for (let i = 0; i < 9; i++) series.add(i, i * 1_000);
    expect(series.values()).toEqual([1, 3, 5, 7]);
    // Buckets are now twice as long.
    expect(series.add(9, 9_500)).toBe(false);
    expect(series.add(10, 10_000)).toBe(true);
  });
});
