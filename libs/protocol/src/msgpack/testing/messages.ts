import { ErrorCode } from '../../codes';
import { type Bar, type Quote } from '../../market';
import { type ConnectionLimits, type ServerMessage } from '../../messages';

/**
 * Realistic messages of every kind for the codec's specs and the bench: prices on the grids of
 * the catalog's tick sizes (2 to 5 decimals, JPY crosses at 3), volumes on lot sizes.
 */
const INSTRUMENTS = [
  { symbol: 'AAPL', price: 282.42, decimals: 2, lot: 1 },
  { symbol: 'EUR/USD', price: 1.15503, decimals: 5, lot: 1000 },
  { symbol: 'USD/JPY', price: 156.512, decimals: 3, lot: 1000 },
  { symbol: 'BTC-USD', price: 90123.45, decimals: 2, lot: 0.0001 },
  { symbol: 'DOGE-USD', price: 0.15127, decimals: 5, lot: 10 },
  { symbol: 'BRK.B', price: 512.07, decimals: 2, lot: 1 },
] as const;

/** A decimal with `decimals` places, as the simulator makes it: count * units / 10^decimals. */
function onGrid(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

export function sampleQuote(index: number, symbol?: string): Quote {
  const instrument = INSTRUMENTS[index % INSTRUMENTS.length];
  const d = instrument.decimals;
  const step = 10 ** -d;
  const last = onGrid(instrument.price * (1 + ((index % 17) - 8) / 1000), d);
  const prevClose = onGrid(instrument.price, d);
  const change = onGrid(last - prevClose, d);
  const lot = instrument.lot;
  return {
    symbol: symbol ?? (index < INSTRUMENTS.length ? instrument.symbol : `S${index}`),
    seq: 8812 + index * 37,
    ts: 1764043200497 + index,
    bid: onGrid(last - step, d),
    ask: onGrid(last + step, d),
    last,
    lastSize: onGrid(37 * lot, 4),
    volume: onGrid((50459191 + index * 1001) * lot, 4),
    open: onGrid(prevClose * 0.999, d),
    high: onGrid(last * 1.004, d),
    low: onGrid(last * 0.996, d),
    prevClose,
    change,
    changePct: Math.round((10_000 * change) / prevClose) / 100,
    status: index % 11 === 5 ? 'halted' : index % 13 === 7 ? 'stale' : 'trading',
  };
}

export function sampleBar(index: number, symbol = 'AAPL'): Bar {
  const open = onGrid(282.4 + index * 0.03, 2);
  return {
    symbol,
    time: 1764043200 + index * 60,
    open,
    high: onGrid(open + 0.05, 2),
    low: onGrid(open - 0.01, 2),
    close: onGrid(open + 0.02, 2),
    volume: 1210 + index,
  };
}

/** A pro connection's `hello.limits` with the server's defaults (protocol.md, "Limits"). */
export const PRO_LIMITS: ConnectionLimits = {
  maxSubscriptions: 500,
  maxSymbolsPerRequest: 500,
  minThrottleMs: 100,
  maxThrottleMs: 60000,
  defaultThrottleMs: 250,
  maxMessageBytes: 65536,
  messagesPerSecond: 50,
  messageBurst: 100,
  defaultHistoryLimit: 300,
  maxHistoryLimit: 1000,
};

export const sampleQuotes = (count: number): Quote[] =>
  Array.from({ length: count }, (_, i) => sampleQuote(i));

/** One message of every kind (and variant) the server sends. */
export function everyServerMessage(): ServerMessage[] {
  return [
    {
      op: 'hello',
      protocol: 1,
      epoch: 'mif3k2c1-5d41a0e2',
      serverTime: 1764043200000,
      heartbeatMs: 5000,
      limits: PRO_LIMITS,
      user: { username: 'demo', plan: 'pro' },
    },
    {
      op: 'subscribed',
      id: 'r1',
      channel: 'quotes',
      symbols: ['AAPL', 'EUR/USD'],
      throttleMs: 250,
    },
    {
      op: 'subscribed',
      id: 'r2',
      channel: 'bars',
      interval: '1m',
      symbols: ['AAPL'],
      throttleMs: 100,
      align: true,
    },
    { op: 'unsubscribed', id: 'r3', channel: 'bars', interval: '5m', symbols: ['BRK.B'] },
    { op: 'snapshot', channel: 'quotes', data: sampleQuotes(6) },
    {
      op: 'snapshot',
      channel: 'bars',
      interval: '1m',
      symbol: 'AAPL',
      data: Array.from({ length: 20 }, (_, i) => sampleBar(i)),
    },
    { op: 'update', channel: 'quotes', t: 1764043200503, data: sampleQuotes(6) },
    {
      op: 'update',
      channel: 'bars',
      interval: '1s',
      t: 1764043200503,
      data: [sampleBar(0), sampleBar(1, 'MSFT')],
    },
    { op: 'heartbeat', t: 1764043205000 },
    { op: 'pong', id: 'p4', t: 1764043200000.5, serverTime: 1764043200012 },
    { op: 'pong', serverTime: 1764043200012 },
    { op: 'authed', id: 'r5', expiresAt: 1764045000000 },
    {
      op: 'error',
      id: 'r1',
      code: ErrorCode.UnknownSymbol,
      message: 'not in the catalog: “ZZZZ” ✓',
      symbols: ['ZZZZ'],
    },
  ];
}
