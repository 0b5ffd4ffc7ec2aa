import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then refills at the rate', () => {
    const bucket = new TokenBucket(50, 100, 0);
    const burst = Array.from({ length: 150 }, () => bucket.take(0)).filter(Boolean).length;
    expect(burst).toBe(100);
    expect(bucket.take(10)).toBe(false);
    expect(bucket.take(20)).toBe(true);
    const second = Array.from({ length: 100 }, (_, i) => bucket.take(20 + i * 10)).filter(Boolean);
    expect(second.length).toBeGreaterThanOrEqual(49);
    expect(second.length).toBeLessThanOrEqual(51);
  });

  it('refills per the period given: 3 a minute is one every 20 s', () => {
    const bucket = new TokenBucket(3, 3, 0, 60_000);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.available(10_000)).toBeCloseTo(0.5, 10);
    expect(bucket.take(19_999)).toBe(false);
    expect(bucket.take(20_000)).toBe(true);
  });

  it('says when it is full again, without taking or refilling', () => {
    const bucket = new TokenBucket(3, 3, 0, 60_000);
    bucket.take(0);
    expect(bucket.isFull(19_999)).toBe(false);
    expect(bucket.isFull(20_000)).toBe(true);
    expect(bucket.available(0)).toBe(2);
  });

  it('never holds more than its capacity', () => {
    const bucket = new TokenBucket(10, 5, 0);
    expect(bucket.available(60_000)).toBe(5);
  });
});
