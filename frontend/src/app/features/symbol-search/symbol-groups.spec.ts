import { type SymbolInfo } from '@tickwire/protocol';
import { groupRefusal, matchingGroups, symbolGroups } from './symbol-groups';

const info = (
  symbol: string,
  assetClass: SymbolInfo['assetClass'],
  sector: string,
): SymbolInfo => ({
  symbol,
  name: symbol,
  assetClass,
  sector,
  currency: 'USD',
  tickSize: 0.01,
  tier: 'public',
});

const CATALOG = [
  info('AAPL', 'equity', 'Technology'),
  info('MSFT', 'equity', 'Technology'),
  info('XOM', 'equity', 'Energy'),
  info('BTC-USD', 'crypto', 'Crypto'),
];

describe('symbol groups', () => {
  const groups = symbolGroups(CATALOG);

  it('groups by asset class and by equity sector', () => {
    expect(groups.map((g) => [g.label, g.symbols.length])).toEqual([
      ['Equities', 3],
      ['Technology', 2],
      ['Energy', 1],
      ['Crypto', 1],
    ]);
  });

  it('matches names from two characters on', () => {
    expect(matchingGroups(groups, 'te').map((g) => g.label)).toEqual(['Technology']);
    expect(matchingGroups(groups, 'e')).toEqual([]);
  });

  it('refuses a group that takes the list over the plan, counting only new symbols', () => {
    const tech = groups[1];
    expect(groupRefusal(tech, ['AAPL'], 2)).toBeNull();
    expect(groupRefusal(tech, ['XOM', 'BTC-USD'], 3)).toBe(
      'Technology would add 2 symbols, 4 in all: your plan allows 3 per watchlist. ' +
        'Start a new watchlist, or add a smaller group.',
    );
  });
});
