import { SYMBOL_PATTERN } from '@tickwire/protocol';
import { DecimalGrid } from '../price-grid';
import { INSTRUMENTS, findInstrument } from './catalog';

describe('instrument catalog', () => {
  // A pro watchlist may hold 2,000 symbols (docs/protocol.md): the market must offer as many.
  it('holds at least 2,000 instruments with unique, valid symbols', () => {
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(2_000);
    const symbols = INSTRUMENTS.map((i) => i.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const symbol of symbols) expect(symbol).toMatch(SYMBOL_PATTERN);
  });

  it('covers every asset class, with public instruments in each', () => {
    const classes = ['equity', 'fx', 'crypto', 'index'] as const;
    for (const assetClass of classes) {
      const ofClass = INSTRUMENTS.filter((i) => i.assetClass === assetClass);
      expect(ofClass.length).toBeGreaterThanOrEqual(assetClass === 'equity' ? 1_000 : 40);
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

  it('spreads the equities over every sector, ETFs included', () => {
    const sectors = new Map<string, number>();
    for (const i of INSTRUMENTS.filter((i) => i.assetClass === 'equity')) {
      sectors.set(i.sector, (sectors.get(i.sector) ?? 0) + 1);
    }
    expect(sectors.size).toBe(12);
    for (const count of sectors.values()) expect(count).toBeGreaterThanOrEqual(50);
    expect(findInstrument('SPY')).toMatchObject({ sector: 'ETF', tier: 'public' });
  });

  it('derives crosses that agree with the dollar pairs', () => {
    const price = (symbol: string) => findInstrument(symbol)?.refPrice ?? NaN;
    // A triangle of FX rates closes (within the hand-written rows' rounding).
    expect(price('EUR/GBP') * price('GBP/USD')).toBeCloseTo(price('EUR/USD'), 2);
    expect(price('USD/MXN') / price('EUR/MXN')).toBeCloseTo(1 / price('EUR/USD'), 2);
    // A coin in euros or in bitcoin is worth what it is worth in dollars.
    expect(price('SOL-EUR') / price('SOL-USD')).toBeCloseTo(1 / price('EUR/USD'), 2);
    expect(price('SOL-BTC') * price('BTC-USD')).toBeCloseTo(price('SOL-USD'), 0);
    expect(findInstrument('SOL-BTC')).toMatchObject({ currency: 'BTC', lotSize: 0.01 });
  });

  it('finds instruments by symbol', () => {
    expect(findInstrument('AAPL')).toMatchObject({ name: 'Apple Inc.', assetClass: 'equity' });
    expect(findInstrument('EUR/USD')?.assetClass).toBe('fx');
    expect(findInstrument('BTC-USD')?.assetClass).toBe('crypto');
    expect(findInstrument('SPX')?.assetClass).toBe('index');
    expect(findInstrument('NOPE')).toBeUndefined();
  });
});
