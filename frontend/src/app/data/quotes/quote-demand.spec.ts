import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { QuoteDemand, mergeNeeds } from './quote-demand';

describe('mergeNeeds', () => {
  const none = { forbidden: () => false, budget: 100 };

  it('keeps the faster throttle for a symbol the watchlist already holds', () => {
    const plan = new Map([['AAPL', 100]]);
    mergeNeeds(plan, [{ symbols: ['AAPL', 'MSFT'], throttleMs: 1_000 }], none);
    expect([...plan]).toEqual([
      ['AAPL', 100],
      ['MSFT', 1_000],
    ]);
    mergeNeeds(plan, [{ symbols: ['MSFT'], throttleMs: 250 }], none);
    expect(plan.get('MSFT')).toBe(250);
  });

  it('stops at the budget, the earlier needs first, and skips forbidden symbols', () => {
    const plan = new Map([['AAPL', 100]]);
    mergeNeeds(
      plan,
      [
        { symbols: ['NVDA', 'EUR/USD'], throttleMs: 1_000 },
        { symbols: ['MSFT', 'TSLA', 'SPX'], throttleMs: 1_000 },
      ],
      { forbidden: (symbol) => symbol === 'NVDA', budget: 3 },
    );
    expect([...plan.keys()]).toEqual(['AAPL', 'EUR/USD', 'MSFT']);
  });
});

describe('QuoteDemand', () => {
  it('lists needs in registration order, follows their signals, and forgets removed ones', () => {
    const demand = TestBed.inject(QuoteDemand);
    const map = signal({ symbols: ['AAPL'], throttleMs: 1_000 });
    const removeAlerts = demand.register(
      'alerts',
      signal({ symbols: ['MSFT'], throttleMs: 1_000 }),
    );
    demand.register('map', map);
    map.set({ symbols: ['AAPL', 'SPX'], throttleMs: 1_000 });
    expect(demand.all().map((need) => need.symbols)).toEqual([['MSFT'], ['AAPL', 'SPX']]);
    removeAlerts();
    expect(demand.all().map((need) => need.symbols)).toEqual([['AAPL', 'SPX']]);
  });
});
