import { type BusInstrument, type SymbolSnapshot } from '@tickwire/bus';

// The shapes a market feed delivers to the gateway besides the protocol's (`Tick`, `Bar`,
// `FeedStatusEvent`): the bus's own types, so that any feed (simulator, Redis bus) implements the
// port structurally, without the simulator.

/** A catalog entry: what `/api/symbols` serves, plus the lot size bars are kept on. */
export type FeedInstrument = BusInstrument;

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
