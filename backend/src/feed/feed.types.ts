import { type AssetClass, type Tier } from '@tickwire/protocol';

/**
 * The shapes a market feed delivers to the gateway. They mirror the simulator's types
 * structurally, so that any feed (simulator, Redis bus) can implement the port.
 */
export interface FeedInstrument {
  symbol: string;
  name: string;
  assetClass: AssetClass;
  currency: string;
  tickSize: number;
  tier: Tier;
}

export interface FeedTick {
  symbol: string;
  /** Strictly increasing per symbol for the life of one feed epoch. */
  seq: number;
  /** Epoch milliseconds. */
  ts: number;
  bid: number;
  ask: number;
  last: number;
  lastSize: number;
  volume: number;
  open: number;
  high: number;
  low: number;
  prevClose: number;
}

export type FeedStatusKind = 'halted' | 'resumed' | 'stall-started' | 'stall-ended';

export interface FeedStatus {
  kind: FeedStatusKind;
  /** Absent for feed-wide events. */
  symbol?: string;
  ts: number;
}

export type FeedHistoryInterval = '1s' | '1m' | '5m' | '1d';

export interface FeedBar {
  symbol: string;
  /** Bar open time, epoch seconds. */
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}
