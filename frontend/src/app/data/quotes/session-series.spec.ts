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

  it('shifts bucket boundaries by the phase', () => {
    const series = new SessionSeries(1_000, 100, 300);
    series.add(1, 1_250);
    expect(series.add(2, 1_299)).toBe(false);
    expect(series.add(3, 1_300)).toBe(true);
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
