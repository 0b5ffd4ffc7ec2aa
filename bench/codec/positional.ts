/**
 * A generic MessagePack library's output (nested arrays) turned into the same messages as
 * decodeServerMessage: what a client built on msgpackr or @msgpack/msgpack would have to add.
 * Bench only: no validation (the libraries' cost is what is measured).
 */
const STATUS = ['trading', 'halted', 'stale'];
const POW = Array.from({ length: 16 }, (_, i) => 10 ** i);

const scaled = (value: number, scale: number) =>
  Number.isInteger(value) && scale > 0 ? value / POW[scale] : value;

function quote(q: unknown[]) {
  const p = q[3] as number;
  const s = q[4] as number;
  const n = (i: number, scale: number) => scaled(q[i] as number, scale);
  return {
    symbol: q[0],
    seq: q[1],
    ts: q[2],
    bid: n(5, p),
    ask: n(6, p),
    last: n(7, p),
    lastSize: n(8, s),
    volume: n(9, s),
    open: n(10, p),
    high: n(11, p),
    low: n(12, p),
    prevClose: n(13, p),
    change: n(14, p),
    changePct: n(15, 2),
    status: STATUS[q[16] as number],
  };
}

function bar(b: unknown[]) {
  const p = b[2] as number;
  const n = (i: number, scale: number) => scaled(b[i] as number, scale);
  return {
    symbol: b[0],
    time: b[1],
    open: n(4, p),
    high: n(5, p),
    low: n(6, p),
    close: n(7, p),
    volume: n(8, b[3] as number),
  };
}

export function toMessage(frame: unknown): unknown {
  if (!Array.isArray(frame)) return frame;
  const items = frame[frame.length - 1] as unknown[][];
  switch (frame[0]) {
    case 1:
      return { op: 'update', channel: 'quotes', t: frame[1], data: items.map(quote) };
    case 2:
      return {
        op: 'update',
        channel: 'bars',
        interval: frame[1],
        t: frame[2],
        data: items.map(bar),
      };
    case 3:
      return { op: 'snapshot', channel: 'quotes', data: items.map(quote) };
    default:
      return {
        op: 'snapshot',
        channel: 'bars',
        interval: frame[1],
        symbol: frame[2],
        data: items.map(bar),
      };
  }
}
