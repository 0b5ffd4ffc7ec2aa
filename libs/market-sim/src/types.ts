import type { AssetClass, Tier } from '@tickwire/protocol';

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

export type HistoryInterval = '1s' | '1m' | '5m' | '1d';
