import { type Bar, type Quote, type SymbolInfo } from '@tickwire/protocol';

// The shapes a market feed delivers to the gateway: the protocol's own types where they match,
// so that any feed (simulator, Redis bus) implements the port structurally, without the simulator.

/** A catalog entry: what `/api/symbols` serves. */
export type FeedInstrument = SymbolInfo;

/**
 * One tick: the symbol's quote and session state after a trade. `seq` increases strictly per
 * symbol for the life of one feed epoch. The gateway derives the rest of the wire Quote
 * (`change`, `changePct`, `status`) from it.
 */
export type FeedTick = Omit<Quote, 'change' | 'changePct' | 'status'>;

export type FeedStatusKind = 'halted' | 'resumed' | 'stall-started' | 'stall-ended';

export interface FeedStatus {
  kind: FeedStatusKind;
  /** Absent for feed-wide events. */
  symbol?: string;
  ts: number;
}

export type FeedHistoryInterval = '1s' | '1m' | '5m' | '1d';

export type FeedBar = Bar;
