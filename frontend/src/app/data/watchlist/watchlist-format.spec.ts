import { parseLegacy, parseStored } from './watchlist-format';

describe('stored watchlists', () => {
  const list = (id: string, symbols: unknown[] = ['AAPL']) => ({
    id,
    name: ` ${id}  list `,
    symbols,
  });

  it('reads a store of this version, cleaning names and symbols', () => {
    const text = JSON.stringify({
      version: 2,
      active: 'b',
      lists: [list('a', ['AAPL', 'AAPL', '<img>', 'EUR/USD']), list('b')],
    });
    expect(parseStored(text)).toEqual({
      version: 2,
      active: 'b',
      lists: [
        { id: 'a', name: 'a list', symbols: ['AAPL', 'EUR/USD'] },
        { id: 'b', name: 'b list', symbols: ['AAPL'] },
      ],
    });
  });

  it('drops invalid lists and falls back to the first list when the active one is gone', () => {
    const text = JSON.stringify({
      version: 2,
      active: 'gone',
      lists: [{ id: 'BAD ID', name: 'x', symbols: [] }, list('a'), list('a'), { id: 'c' }],
    });
    expect(parseStored(text)).toMatchObject({ active: 'a', lists: [{ id: 'a' }] });
  });

  it.each([null, '', '{', '[]', '{"version":1,"lists":[]}', '{"version":2,"lists":[]}', 'null'])(
    'gives null (defaults) for %p',
    (text) => expect(parseStored(text)).toBeNull(),
  );

  it('reads the first version, a bare array of symbols', () => {
    expect(parseLegacy('["AAPL","MSFT","AAPL",7]')).toEqual(['AAPL', 'MSFT']);
    expect(parseLegacy('{"a":1}')).toBeNull();
    expect(parseLegacy('not json')).toBeNull();
  });
});
