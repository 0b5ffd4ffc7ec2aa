import { formatChange, formatPercent, formatPrice, formatVolume, tickDecimals } from './format';

describe('tick-size formatting', () => {
  it.each([
    [0.01, 2],
    [0.0001, 4],
    [0.00001, 5],
    [0.25, 2],
    [0.5, 1],
    [1, 0],
    [5, 0],
    [1e-8, 8],
    [0.1 + 0.2, 1],
  ])('tick %p needs %p decimals (float noise ignored)', (tick, decimals) => {
    expect(tickDecimals(tick)).toBe(decimals);
  });

  it('rounds to the nearest tick and shows exactly its decimals', () => {
    expect(formatPrice(187.234, 0.01)).toBe('187.23');
    expect(formatPrice(187.2, 0.01)).toBe('187.20');
    expect(formatPrice(1.084567, 0.0001)).toBe('1.0846');
    expect(formatPrice(4512.37, 0.25)).toBe('4,512.25');
    expect(formatPrice(4512.38, 0.25)).toBe('4,512.50');
    expect(formatPrice(64123.4, 1)).toBe('64,123');
    expect(formatPrice(0.1 + 0.2, 0.1)).toBe('0.3');
  });

  it('shows a dash for a missing value', () => {
    expect(formatPrice(null, 0.01)).toBe('–');
    expect(formatPrice(Number.NaN, 0.01)).toBe('–');
    expect(formatPercent(undefined)).toBe('–');
  });

  it('signs changes with plus and a true minus', () => {
    expect(formatChange(1.234, 0.01)).toBe('+1.23');
    expect(formatChange(-0.5, 0.01)).toBe('−0.50');
    expect(formatChange(0.001, 0.01)).toBe('0.00');
    expect(formatPercent(0.456)).toBe('+0.46%');
    expect(formatPercent(-12.3)).toBe('−12.30%');
    expect(formatPercent(0.001)).toBe('0.00%');
  });

  it('compacts volume', () => {
    expect(formatVolume(950)).toBe('950');
    expect(formatVolume(12_345)).toBe('12.35K');
    expect(formatVolume(4_560_000)).toBe('4.56M');
    expect(formatVolume(123_400_000)).toBe('123.4M');
    expect(formatVolume(1_200_000_000)).toBe('1.20B');
  });
});
