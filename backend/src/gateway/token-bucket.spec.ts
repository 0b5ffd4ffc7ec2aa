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
});
