import { linkSymbols, shareUrl } from './shared-link';

describe('shared watchlist links', () => {
  it('reads the symbols of the query string in order, once each', () => {
    expect(linkSymbols('?symbols=AAPL,msft,EUR%2FUSD,,AAPL')).toEqual(['AAPL', 'MSFT', 'EUR/USD']);
    expect(linkSymbols('?other=1')).toBeNull();
    expect(linkSymbols('?symbols=')).toEqual([]);
  });

  it('writes a link that reads back as the same list', () => {
    const url = shareUrl(['AAPL', 'EUR/USD'], new URL('https://x.example/map?a=1#h') as never);
    expect(url).toBe('https://x.example/map?symbols=AAPL%2CEUR%2FUSD');
    expect(linkSymbols(new URL(url).search)).toEqual(['AAPL', 'EUR/USD']);
  });
});
