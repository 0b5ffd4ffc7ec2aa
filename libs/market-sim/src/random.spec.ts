import { Random, deriveSeed } from './random';

describe('Random', () => {
  it('replays the same sequence for the same seed and differs for another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 100 }, () => a.nextUint32());
    const seqB = Array.from({ length: 100 }, () => b.nextUint32());
    const seqC = Array.from({ length: 100 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('draws uniforms in (0, 1) with mean 1/2', () => {
    const random = new Random(7);
    let sum = 0;
    let outside = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = random.uniform();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // Standard error of the mean: sqrt(1/12 / n) = 0.00065; tolerance 5 standard errors.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0033);
  });

  it('draws standard normals', () => {
    const random = new Random(11);
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    let beyondTwo = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      sumSquares += z * z;
      if (Math.abs(z) > 2) beyondTwo++;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.012); // 5 standard errors (1/sqrt(n) = 0.0022)
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.016); // 5 s.e. (sqrt(2/n) = 0.0032)
    expect(beyondTwo / n).toBeCloseTo(0.0455, 2);
  });

  it('draws Poisson counts with the right mean, small and large', () => {
    const random = new Random(5);
    for (const mean of [0.3, 4, 200]) {
      const n = 50_000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += random.poisson(mean);
      // 5 standard errors of the sample mean: 5 * sqrt(mean / n).
      expect(Math.abs(sum / n - mean)).toBeLessThan(5 * Math.sqrt(mean / n) + 0.01);
    }
  });

  it('derives distinct seeds per tag', () => {
    expect(deriveSeed(1, 'AAPL')).toBe(deriveSeed(1, 'AAPL'));
    expect(deriveSeed(1, 'AAPL')).not.toBe(deriveSeed(1, 'MSFT'));
    expect(deriveSeed(1, 'AAPL')).not.toBe(deriveSeed(2, 'AAPL'));
  });
});
