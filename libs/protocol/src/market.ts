/** Data shapes carried by the protocol's channels and the HTTP API. */

/** The one definition of a symbol's shape: every boundary checks symbols against it. */
export const SYMBOL_PATTERN = /^[A-Z0-9][A-Z0-9.:/-]{0,15}$/;

/** A plain test, without the schema machinery (`SymbolSchema`), so the dashboard needs no valibot. */
export function isValidSymbol(value: unknown): value is string {
  return typeof value === 'string' && SYMBOL_PATTERN.test(value);
}

export const CHANNELS = ['quotes', 'bars'] as const;
export type Channel = (typeof CHANNELS)[number];

export const BAR_INTERVALS = ['1s', '1m', '5m'] as const;
export type BarInterval = (typeof BAR_INTERVALS)[number];
export const INTERVAL_SECONDS: Readonly<Record<BarInterval, number>> = {
  '1s': 1,
  '1m': 60,
  '5m': 300,
};

/**
 * `stale`: the gateway lost its feed (bus or feed process down); the price is the last known one
 * and a fresh quote replaces it when data flows again.
 */
export type TradingStatus = 'trading' | 'halted' | 'stale';

export interface Quote {
  symbol: string;
  /** Strictly increasing per symbol within an epoch; gaps are normal (conflation). */
  seq: number;
  /** Time of the tick that produced this state, epoch milliseconds. */
  ts: number;
  bid: number;
  ask: number;
  last: number;
  lastSize: number;
  /** Session volume so far. */
  volume: number;
  open: number;
  high: number;
  low: number;
  prevClose: number;
  /** last - prevClose */
  change: number;
  /** 100 * change / prevClose */
  changePct: number;
  /** Added field: `halted` while trading in the symbol is halted, `stale` while the feed is lost. */
  status: TradingStatus;
}

/**
 * One tick of the feed: a trade print with the symbol's quote and session state after it (the
 * simulator's, the bus's, the gateway's). `seq` increases by one per tick of a symbol within an
 * epoch; `last` and `lastSize` are the trade's, `volume` includes it. The wire `Quote` adds what
 * the gateway derives (`change`, `changePct`, `status`). Not sent to clients as such.
 */
export type Tick = Omit<Quote, 'change' | 'changePct' | 'status'>;

export type FeedStatusKind = 'halted' | 'resumed' | 'stall-started' | 'stall-ended';

/**
 * A status change of one symbol (halt, resume) or of the whole feed (stall), from the simulator
 * to the gateway (through the bus or not). Not sent to clients as such: quotes carry `status`.
 */
export interface FeedStatusEvent {
  kind: FeedStatusKind;
  /** Absent for feed-wide events. */
  symbol?: string;
  ts: number;
}

export interface Bar {
  symbol: string;
  /** The bar's open time, epoch seconds. */
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export type AssetClass = 'equity' | 'fx' | 'crypto' | 'index';
export type Tier = 'public' | 'pro';

/** One entry of `GET /api/symbols`. */
export interface SymbolInfo {
  symbol: string;
  name: string;
  assetClass: AssetClass;
  /** The group the market map and the search gather it in: a GICS sector, `FX`, `Crypto`, ... */
  sector: string;
  currency: string;
  tickSize: number;
  tier: Tier;
}

/** Body of `GET /api/history/:symbol`. */
export interface HistoryResponse {
  symbol: string;
  interval: BarInterval;
  data: Bar[];
}
