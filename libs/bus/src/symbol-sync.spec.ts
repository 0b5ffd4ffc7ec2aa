import { type Tick } from '@tickwire/protocol';
import { type SymbolMessage, type SymbolSnapshot } from './codec';
import { SymbolSync, type SyncSink } from './symbol-sync';

const EPOCH = 'e1';

function tick(seq: number): Tick {
  const price = 100 + seq / 100;
  return {
    symbol: 'AAPL',
    seq,
    ts: 1_000 * seq,
    bid: price,
    ask: price,
    last: price,
    lastSize: 1,
    volume: seq,
    open: 100,
    high: price,
    low: 100,
    prevClose: 100,
  };
}

const ticks = (...seqs: number[]): SymbolMessage => ({ epoch: EPOCH, ticks: seqs.map(tick) });

function snapshot(seq: number): SymbolSnapshot {
  return {
    epoch: EPOCH,
    symbol: 'AAPL',
    tick: seq ? tick(seq) : undefined,
    halted: false,
    bars: [],
  };
}

function recorder() {
  const applied: number[] = [];
  const resets: number[] = [];
  const resyncs: string[] = [];
  const statuses: string[] = [];
  const sink: SyncSink = {
    reset: (s) => resets.push(s.tick?.seq ?? 0),
    tick: (t) => applied.push(t.seq),
    status: (_symbol, status) => statuses.push(status),
    resync: (_symbol, reason) => resyncs.push(reason),
  };
  return { sink, applied, resets, resyncs, statuses };
}

describe('SymbolSync hand-over', () => {
  it('applies only buffered ticks newer than the state read after subscribing', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onMessage(ticks(5, 6));
    sync.onMessage(ticks(7));
    sync.onSnapshot(snapshot(6));
    expect(r.resets).toEqual([6]);
    expect(r.applied).toEqual([7]);
    sync.onMessage(ticks(8, 9));
    expect(r.applied).toEqual([7, 8, 9]);
    expect(sync.live).toBe(true);
    expect(r.resyncs).toEqual([]);
  });

  it('drops duplicates and reordered old ticks', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onSnapshot(snapshot(3));
    sync.onMessage(ticks(4, 5));
    sync.onMessage(ticks(4, 5));
    sync.onMessage(ticks(2));
    sync.onMessage(ticks(6));
    expect(r.applied).toEqual([4, 5, 6]);
    expect(r.resyncs).toEqual([]);
  });

  it('resyncs on a gap, buffers meanwhile, and continues from the new state', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onSnapshot(snapshot(1));
    sync.onMessage(ticks(2));
    sync.onMessage(ticks(4, 5)); // 3 was lost
    expect(r.resyncs).toEqual(['gap']);
    expect(sync.live).toBe(false);
    sync.onMessage(ticks(6));
    sync.onSnapshot(snapshot(4));
    expect(r.resets).toEqual([1, 4]);
    expect(r.applied).toEqual([2, 5, 6]);
    expect(sync.live).toBe(true);
  });

  it('reads again when the buffer starts past the state (subscription was late)', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onMessage(ticks(9, 10));
    sync.onSnapshot(snapshot(7)); // 8 was published before the subscription took effect
    expect(r.resyncs).toEqual(['gap']);
    expect(r.applied).toEqual([]);
    sync.onSnapshot(snapshot(8));
    expect(r.applied).toEqual([9, 10]);
  });

  it('a symbol that never traded starts from seq 0', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onMessage(ticks(1));
    sync.onSnapshot(snapshot(0));
    expect(r.applied).toEqual([1]);
  });

  it('passes halts and resumes through in order with the ticks', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onMessage({ epoch: EPOCH, status: 'halted', ts: 5 });
    sync.onSnapshot(snapshot(0));
    sync.onMessage({ epoch: EPOCH, status: 'resumed', ts: 6 });
    expect(r.statuses).toEqual(['halted', 'resumed']);
  });

  it('begin() after a loss of the bus buffers until the next read', () => {
    const r = recorder();
    const sync = new SymbolSync('AAPL', r.sink);
    sync.onSnapshot(snapshot(1));
    sync.begin();
    sync.onMessage(ticks(9));
    expect(r.applied).toEqual([]);
    sync.onSnapshot(snapshot(8));
    expect(r.applied).toEqual([9]);
  });
});
