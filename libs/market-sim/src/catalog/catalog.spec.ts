import { SYMBOL_PATTERN } from '@tickwire/protocol';
import { DecimalGrid } from '../price-grid';
import { INSTRUMENTS, findInstrument } from './catalog';

describe('instrument catalog', () => {
  it('holds at least 500 instruments with unique, valid symbols', () => {
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(500);
    const symbols = INSTRUMENTS.map((i) => i.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const symbol of symbols) expect(symbol).toMatch(SYMBOL_PATTERN);
  });

  it('covers every asset class, with public instruments in each', () => {
    const classes = ['equity', 'fx', 'crypto', 'index'] as const;
    for (const assetClass of classes) {
      const ofClass = INSTRUMENTS.filter((i) => i.assetClass === assetClass);
      expect(ofClass.length).toBeGreaterThanOrEqual(assetClass === 'equity' ? 400 : 5);
      expect(ofClass.some((i) => i.tier === 'public')).toBe(true);
    }
    expect(INSTRUMENTS.filter((i) => i.tier === 'public').length).toBeGreaterThanOrEqual(20);
  });

  it('gives every instrument usable parameters', () => {
    for (const i of INSTRUMENTS) {
      expect(i.name.length).toBeGreaterThan(0);
      expect(i.currency).toMatch(/^[A-Z]{3}$/);
      expect(i.tickSize).toBeGreaterThan(0);
      expect(i.lotSize).toBeGreaterThan(0);
      expect(i.volatility).toBeGreaterThan(0);
      expect(i.volatility).toBeLessThan(2);
      expect(i.spreadBps).toBeGreaterThan(0);
      expect(i.sector.length).toBeGreaterThan(0);
      // A reference price of at least 100 ticks keeps one tick a small relative move.
      expect(i.refPrice / i.tickSize).toBeGreaterThanOrEqual(100);
      expect(new DecimalGrid(i.tickSize).isOnGrid(i.refPrice)).toBe(true);
    }
  });

  it('finds instruments by symbol', () => {
    expect(findInstrument('AAPL')).toMatchObject({ name: 'Apple Inc.', assetClass: 'equity' });
    expect(findInstrument('EUR/USD')?.assetClass).toBe('fx');
    expect(findInstrument('BTC-USD')?.assetClass).toBe('crypto');
    expect(findInstrument('SPX')?.assetClass).toBe('index');
    expect(findInstrument('NOPE')).toBeUndefined();
  });
});
