import { SessionSeries } from './session-series';

describe('SessionSeries', () => {
  it('keeps the last price of each bucket and signals at most once per bucket', () => {
    const series = new SessionSeries(1_000, 100);
    expect(series.add(10, 0)).toBe(true);
    expect(series.add(11, 500)).toBe(false);
    expect(series.values()).toEqual([11]);
    expect(series.add(12, 1_000)).toBe(true);
    expect(series.values()).toEqual([11, 12]);
    // The same price again in the same bucket changes nothing.
    expect(series.add(12, 1_100)).toBe(false);
  });

  it('shifts bucket boundaries by the phase', () => {
    const series = new SessionSeries(1_000, 100, 300);
    series.add(1, 1_250);
    expect(series.add(2, 1_299)).toBe(false);
    expect(series.add(3, 1_300)).toBe(true);
  });

  it('widens its buckets when full, keeping the last price of each, so the whole session stays in view', () => {
    const series = new SessionSeries(1_000, 8);
    for (let i = 0; i < 9; i++) series.add(i, i * 1_000);
    expect(series.values()).toEqual([1, 3, 5, 7, 8]);
    // Buckets are now 2 s long: 9.5 s falls into the bucket of 8 s.
    series.add(9, 9_500);
    expect(series.values()).toEqual([1, 3, 5, 7, 9]);
    series.add(10, 10_000);
    expect(series.values()).toEqual([1, 3, 5, 7, 9, 10]);
  });

  it('puts the seeded session before the live points, in buckets wide enough for the whole span', () => {
    const series = new SessionSeries(1_000, 240);
    const now = 10 * 3_600_000;
    series.add(1_001, now - 2_000);
    series.add(1_002, now - 1_000);
    // Ten hours of 5m bars: 120 samples, the last of them after the first live point.
    const samples = Array.from({ length: 121 }, (_, i) => ({ time: i * 300_000, price: i }));
    samples.push({ time: now - 1_500, price: 999 });
    expect(series.seed(samples, now)).toBe(true);
    const values = series.values();
    // 36,000 s in at most 240 buckets: 256 s each, one per 300 s sample; the live points share
    // the last bucket, the last price wins. Nothing at or after the first live point is seeded.
    expect(values.slice(0, 3)).toEqual([0, 1, 2]);
    expect(values).toHaveLength(121);
    expect(values[values.length - 1]).toBe(1_002);
    expect(values).not.toContain(999);
    expect(values).not.toContain(1_001);
  });

  it('extends a seeded series with live points, one per bucket', () => {
    const series = new SessionSeries(1_000, 240);
    const now = 3_600_000;
    const samples = Array.from({ length: 60 }, (_, i) => ({ time: i * 60_000, price: i }));
    series.seed(samples, now);
    // One hour in 240 points: 16 s buckets.
    expect(series.values()).toHaveLength(60);
    for (let t = 0; t < 64_000; t += 1_000) series.add(1_000 + t, now + t);
    expect(series.values()).toHaveLength(64);
    expect(series.values().slice(-4)).toEqual([16_000, 32_000, 48_000, 64_000]);
  });

  it('seeds nothing when no sample is older than the live points', () => {
    const series = new SessionSeries(1_000, 240);
    series.add(5, 10_000);
    expect(series.seed([{ time: 10_000, price: 1 }], 11_000)).toBe(false);
    expect(series.seed([], 11_000)).toBe(false);
    expect(series.values()).toEqual([5]);
  });

  it('seeded while empty, keeps the seed alone', () => {
    const series = new SessionSeries(1_000, 240);
    expect(series.seed([{ time: 0, price: 7 }], 1_000)).toBe(true);
    expect(series.values()).toEqual([7]);
  });
});
