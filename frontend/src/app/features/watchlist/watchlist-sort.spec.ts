import { type Quote, type SymbolInfo } from '@tickwire/protocol';
import { nextSort, sortSymbols } from './watchlist-sort';

const quotes: Record<string, Partial<Quote>> = {
  AAPL: { last: 180, changePct: 1.5 },
  MSFT: { last: 400, changePct: -0.5 },
  IBM: { last: 150, changePct: 0.2 },
};
const names: Record<string, string> = { AAPL: 'Apple', MSFT: 'Microsoft', IBM: 'Business' };
const quote = (symbol: string) => (quotes[symbol] as Quote | undefined) ?? null;
const info = (symbol: string) => ({ name: names[symbol] }) as SymbolInfo;

describe('watchlist sorting', () => {
  it('cycles ascending, descending, then the user order', () => {
    const first = nextSort(null, 'last');
    expect(first).toEqual({ column: 'last', direction: 'ascending' });
    const second = nextSort(first, 'last');
    expect(second).toEqual({ column: 'last', direction: 'descending' });
    expect(nextSort(second, 'last')).toBeNull();
    expect(nextSort(second, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });

  it('sorts by numbers, by text, and keeps rows without data last', () => {
    const symbols = ['AAPL', 'NEW', 'MSFT', 'IBM'];
    expect(sortSymbols(symbols, null, quote, info)).toBe(symbols);
    expect(sortSymbols(symbols, { column: 'last', direction: 'ascending' }, quote, info)).toEqual([
      'IBM',
      'AAPL',
      'MSFT',
      'NEW',
    ]);
    expect(
      sortSymbols(symbols, { column: 'changePct', direction: 'descending' }, quote, info),
    ).toEqual(['AAPL', 'IBM', 'MSFT', 'NEW']);
    expect(sortSymbols(symbols, { column: 'name', direction: 'ascending' }, quote, info)).toEqual([
      'AAPL',
      'IBM',
      'MSFT',
      'NEW',
    ]);
  });
});
