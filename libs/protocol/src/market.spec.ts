import { isValidSymbol } from './market';

describe('isValidSymbol', () => {
  it.each(['AAPL', 'BRK.B', 'EUR/USD', 'BTC-USD', 'NYSE:IBM', '7203', 'A'])('accepts %s', (s) => {
    expect(isValidSymbol(s)).toBe(true);
  });

  it.each(['', 'aapl', '.AAPL', 'A'.repeat(17), 'AAPL ', '<script>', 'A_B', 42, null, undefined])(
    'rejects %p',
    (s) => {
      expect(isValidSymbol(s)).toBe(false);
    },
  );
});
