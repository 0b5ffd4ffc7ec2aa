import { type Quote } from '@tickwire/protocol';
import { QuoteFolder } from './quote-folder';

function quote(symbol: string, seq: number, last: number): Quote {
  return {
    symbol,
    seq,
    ts: 1_000 + seq,
    bid: last - 0.01,
    ask: last + 0.01,
    last,
    lastSize: 100,
    volume: seq * 100,
    open: 100,
    high: Math.max(100, last),
    low: Math.min(100, last),
    prevClose: 100,
    change: last - 100,
    changePct: last - 100,
    status: 'trading',
  };
}

describe('QuoteFolder', () => {
  it('takes a halt, a resume or a stale mark resent with the same seq, not a plain repeat', () => {
    const folder = new QuoteFolder();
    folder.add([quote('AAPL', 7, 101)]);
    folder.take();
    expect(folder.add([quote('AAPL', 7, 101)])).toBe(false);
    const halted = { ...quote('AAPL', 7, 101), status: 'halted' as const };
    expect(folder.add([halted])).toBe(true);
    expect(folder.take()).toEqual([halted]);
    expect(folder.add([halted])).toBe(false);
    expect(folder.add([quote('AAPL', 7, 101)])).toBe(true);
    expect(folder.add([{ ...quote('AAPL', 6, 99), status: 'stale' }])).toBe(false);
  });

  it('keeps only the latest state per symbol until taken (conflation)', () => {
    const folder = new QuoteFolder();
    folder.add([quote('AAPL', 1, 101), quote('MSFT', 1, 301)]);
    folder.add([quote('AAPL', 2, 102)]);
    folder.add([quote('AAPL', 5, 105), quote('MSFT', 3, 303)]);
    expect(folder.take()).toEqual([quote('AAPL', 5, 105), quote('MSFT', 3, 303)]);
    expect(folder.folded).toBe(3);
    expect(folder.take()).toEqual([]);
  });

  it('ignores states older than one already seen, across commits', () => {
    const folder = new QuoteFolder();
    folder.add([quote('AAPL', 7, 107)]);
    folder.take();
    expect(folder.add([quote('AAPL', 6, 106), quote('AAPL', 7, 107)])).toBe(false);
    expect(folder.take()).toEqual([]);
    expect(folder.add([quote('AAPL', 9, 109)])).toBe(true);
    expect(folder.take()).toEqual([quote('AAPL', 9, 109)]);
  });

  it('accepts restarted sequence numbers after an epoch reset', () => {
    const folder = new QuoteFolder();
    folder.add([quote('AAPL', 500, 150)]);
    folder.take();
    folder.reset();
    expect(folder.add([quote('AAPL', 1, 99)])).toBe(true);
    expect(folder.take()).toEqual([quote('AAPL', 1, 99)]);
  });

  it('a forgotten symbol starts over from its next snapshot', () => {
    const folder = new QuoteFolder();
    folder.add([quote('AAPL', 10, 110)]);
    folder.forget('AAPL');
    expect(folder.size).toBe(0);
    expect(folder.add([quote('AAPL', 10, 110)])).toBe(true);
  });

  it('folds thousands of updates into one state per symbol', () => {
    const folder = new QuoteFolder();
    for (let seq = 1; seq <= 10_000; seq++) {
      folder.add([quote(`S${seq % 50}`, seq, 100 + seq / 1000)]);
    }
    const taken = folder.take();
    expect(taken).toHaveLength(50);
    expect(taken.filter((q) => q.seq <= 9_950)).toEqual([]);
  });
});
