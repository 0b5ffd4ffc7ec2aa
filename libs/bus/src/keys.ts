import { type BarInterval } from '@tickwire/protocol';

/**
 * Names on the Redis bus. Every key and channel of a symbol carries the symbol as its hash tag,
 * so on a Redis Cluster they live in one slot: one node, one connection, one order of writes.
 * Control keys and channels share the `{ctl}` tag.
 */
export const BusKeys = {
  /** Sharded channel: the symbol's ticks and halts, in feed order. */
  ticks: (symbol: string) => `tw:{${symbol}}:ticks`,
  /** String: the symbol's latest tick, halt flag and forming bars (what a taker-over reads). */
  state: (symbol: string) => `tw:{${symbol}}:state`,
  /** List: the symbol's closed bars of one interval, oldest first, at most BUS_BARS_KEPT. */
  bars: (symbol: string, interval: BarInterval) => `tw:{${symbol}}:bars:${interval}`,
  /** Same slot as `bars`: where a full list is rebuilt before it replaces the live one. */
  barsStaging: (symbol: string, interval: BarInterval) => `tw:{${symbol}}:bars:${interval}:new`,
  /** String: the feed's epoch, start time and catalog. */
  feed: 'tw:{ctl}:feed',
  /** Sharded channel: the feed's heartbeat, every FEED_HEARTBEAT_MS. */
  heartbeat: 'tw:{ctl}:heartbeat',
  /** Sharded channel: market-control commands from the gateways to the feed. */
  control: 'tw:{ctl}:control',
  /** Sharded channel: the feed's answers to those commands. */
  controlReplies: 'tw:{ctl}:control-replies',
} as const;

/** Closed bars kept per symbol and interval. */
export const BUS_BARS_KEPT = 1000;
/** The feed publishes a heartbeat this often. */
export const FEED_HEARTBEAT_MS = 500;
/** A gateway that hears no heartbeat for this long treats the feed as lost. */
export const FEED_SILENCE_MS = 2000;
