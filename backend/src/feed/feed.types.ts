import { type BusInstrument, type SymbolSnapshot } from '@tickwire/bus';
import { type Bar, type Tick } from '@tickwire/protocol';

// The shapes a market feed delivers to the gateway: the protocol's and the bus's own types, so that
// any feed (simulator, Redis bus) implements the port structurally, without the simulator.

/** A catalog entry: what `/api/symbols` serves, plus the lot size bars are kept on. */
export type FeedInstrument = BusInstrument;

/**
 * One tick: the symbol's quote and session state after a trade. `seq` increases by one per tick
 * of a symbol for the life of one feed epoch. The gateway derives the rest of the wire Quote.
 */
export type FeedTick = Tick;

export type FeedStatusKind = 'halted' | 'resumed' | 'stall-started' | 'stall-ended';

export interface FeedStatus {
  kind: FeedStatusKind;
  /** Absent for feed-wide events. */
  symbol?: string;
  ts: number;
}

export type FeedBar = Bar;

/** Everything known of one symbol when it is taken over (latest tick, halt, forming bars). */
export type FeedSnapshot = SymbolSnapshot;

/** Changes of a whole symbol or of the whole feed, in order with the ticks. */
export type FeedControl =
  /** Replace the symbol's state: it was taken over, or read again after a loss. */
  | { type: 'reset'; snapshot: FeedSnapshot }
  /** The feed or the bus is lost: prices are the last known ones. */
  | { type: 'stale' }
  /** Data flows again (each held symbol was reset first). */
  | { type: 'fresh' }
  /** The feed restarted: sequence numbers start over under a new epoch. */
  | { type: 'epoch'; epoch: string };
