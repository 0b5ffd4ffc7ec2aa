import type { AssetClass, Tier, TradingStatus } from '@tickwire/protocol';

/** One tradable instrument of the catalog. */
export interface Instrument {
  symbol: string;
  name: string;
  assetClass: AssetClass;
  currency: string;
  /** Every price of this instrument is a multiple of it. */
  tickSize: number;
  lotSize: number;
  /** Annualised volatility, e.g. 0.25 for 25 %. */
  volatility: number;
  /** Typical bid/ask spread in calm markets, in basis points of the mid. */
  spreadBps: number;
  sector: string;
  tier: Tier;
  /** Reference price the simulation starts around. */
  refPrice: number;
  /** Relative trading activity: a symbol's share of the feed's tick rate is proportional to it. */
  activity?: number;
}

/**
 * One tick: a trade print together with the symbol's quote and session state after it.
 * Plain data, safe to share between subscribers.
 */
export interface Tick {
  symbol: string;
  /** Strictly increasing per symbol for the life of one simulator. */
  seq: number;
  /** Epoch milliseconds (virtual time under a virtual clock). */
  ts: number;
  bid: number;
  ask: number;
  /** Price of the trade this tick printed. */
  last: number;
  /** Size of that trade. */
  lastSize: number;
  /** Session volume including this trade. */
  volume: number;
  open: number;
  high: number;
  low: number;
  prevClose: number;
}

export type FeedEventKind = 'halted' | 'resumed' | 'stall-started' | 'stall-ended';

/** Status changes of one symbol (halt, resume) or of the whole feed (stall). */
export interface FeedStatusEvent {
  kind: FeedEventKind;
  /** Absent for feed-wide events. */
  symbol?: string;
  ts: number;
}

export interface SymbolState {
  symbol: string;
  status: TradingStatus;
  tick: Tick;
}

export type HistoryInterval = '1s' | '1m' | '5m' | '1d';

export interface HistoryBar {
  symbol: string;
  /** Bar open time, epoch seconds. */
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}
