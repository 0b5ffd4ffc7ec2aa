import { type Quote } from '@tickwire/protocol';
import { ALERT_STALE_AFTER_MS, type AlertSide, type PriceAlert, evaluate } from './alert-rules';

const NOW = 1_764_043_200_000;
const below: PriceAlert = {
  id: 'a1',
  symbol: 'AAPL',
  direction: 'below',
  price: 100,
  createdAt: 0,
};
const above: PriceAlert = { ...below, id: 'a2', direction: 'above', price: 110 };

function quote(last: number, extra: Partial<Quote> = {}): Quote {
  return {
    symbol: 'AAPL',
    seq: 1,
    ts: NOW,
    bid: last - 0.01,
    ask: last + 0.01,
    last,
    lastSize: 1,
    volume: 1,
    open: 105,
    high: 111,
    low: 99,
    prevClose: 105,
    change: last - 105,
    changePct: 0,
    status: 'trading',
    ...extra,
  };
}

/** Runs quotes through an alert from `unknown`; returns the indexes of the quotes that fired. */
function firings(alert: PriceAlert, quotes: Quote[]): number[] {
  let side: AlertSide = 'unknown';
  const fired: number[] = [];
  quotes.forEach((q, i) => {
    const result = evaluate(alert, side, q, NOW);
    side = result.side;
    if (result.fired) fired.push(i);
  });
  return fired;
}

describe('evaluate', () => {
  it('fires once when the price goes through the level, again only after it came back', () => {
    const prices = [105, 101, 99.5, 98, 100, 97, 102, 99];
    expect(
      firings(
        below,
        prices.map((p) => quote(p)),
      ),
    ).toEqual([2, 7]);
    expect(
      firings(
        above,
        [105, 110, 111, 109, 112].map((p) => quote(p)),
      ),
    ).toEqual([1, 4]);
  });

  it('counts touching the level as a crossing', () => {
    expect(firings(below, [quote(101), quote(100)])).toEqual([1]);
  });

  it('does not fire for a price already beyond the level when the alert starts', () => {
    expect(firings(below, [quote(95), quote(94), quote(101), quote(99)])).toEqual([3]);
  });

  it('never fires on a halted quote, and the halt does not move the side', () => {
    const halted = (last: number) => quote(last, { status: 'halted' });
    expect(firings(below, [quote(105), halted(95), halted(94)])).toEqual([]);
    // Trading resumes below the level: that is a crossing seen on a live quote.
    expect(firings(below, [quote(105), halted(105), quote(95)])).toEqual([2]);
    // A halt beyond the level does not re-arm the alert.
    expect(firings(below, [quote(95), halted(105), quote(94)])).toEqual([]);
  });

  it('never fires on a stale quote, by status or by age', () => {
    const stale = quote(95, { status: 'stale' });
    const old = quote(95, { ts: NOW - ALERT_STALE_AFTER_MS - 1 });
    expect(firings(below, [quote(105), stale, old])).toEqual([]);
    expect(firings(below, [quote(105), quote(95, { ts: NOW - ALERT_STALE_AFTER_MS })])).toEqual([
      1,
    ]);
  });

  it('ignores quotes of other symbols', () => {
    expect(firings(below, [quote(105), quote(90, { symbol: 'MSFT' })])).toEqual([]);
  });
});
