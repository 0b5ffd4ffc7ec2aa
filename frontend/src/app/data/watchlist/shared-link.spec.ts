import { type SymbolInfo } from '@tickwire/protocol';
import { linkSymbols, shareUrl, sortLinkSymbols } from './shared-link';

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

describe('sorting a shared link by what the plan allows', () => {
  const info = (symbol: string): SymbolInfo | undefined =>
    ({ AAPL: 'public', MSFT: 'public', AMD: 'pro', NVDA: 'public' })[symbol]
      ? ({ symbol, tier: symbol === 'AMD' ? 'pro' : 'public' } as SymbolInfo)
      : undefined;

  it('opens the allowed symbols up to the limit and names every one left out', () => {
    expect(sortLinkSymbols(['AAPL', 'NOPE', 'AMD', 'MSFT', 'NVDA'], info, true, 2)).toEqual({
      opened: ['AAPL', 'MSFT'],
      unknown: ['NOPE'],
      forbidden: ['AMD'],
      overLimit: ['NVDA'],
      limit: 2,
    });
  });

  it('opens everything a pro plan allows, forbidding nothing', () => {
    const notice = sortLinkSymbols(['AAPL', 'AMD', 'MSFT'], info, false, 2_000);
    expect(notice.opened).toEqual(['AAPL', 'AMD', 'MSFT']);
    expect(notice.forbidden).toEqual([]);
    expect(notice.overLimit).toEqual([]);
  });
});
