/** WebSocket subprotocols (Sec-WebSocket-Protocol) of protocol v1; see docs/protocol.md. */
export const SUBPROTOCOL_MSGPACK = 'tickwire.v1.msgpack';
export const SUBPROTOCOL_JSON = 'tickwire.v1.json';
export const SUBPROTOCOLS = [SUBPROTOCOL_MSGPACK, SUBPROTOCOL_JSON] as const;
export type Subprotocol = (typeof SUBPROTOCOLS)[number];

/**
 * The server's preference: it picks the first protocol of the CLIENT's list that it supports
 * (the client decides); this order is what it names in a 400 and what a client should offer.
 */
export const SUBPROTOCOL_PREFERENCE: readonly Subprotocol[] = SUBPROTOCOLS;

/** First element of a data frame (an array); every other message is a map with an `op`. */
export const FrameType = {
  QuotesUpdate: 1,
  BarsUpdate: 2,
  QuotesSnapshot: 3,
  BarsSnapshot: 4,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

/** `status` of a quote fragment, by position in this list. */
export const STATUS_CODES = ['trading', 'halted', 'stale'] as const;

/** Decimals of `changePct` on the wire: the quote's own (session-change.ts). */
export { CHANGE_PCT_DECIMALS } from '../session-change';

/** Largest scale (decimals) a fragment may declare: 10^scale stays exact in a double. */
export const MAX_SCALE = 15;

/** Limits of the decoder for untrusted input (the gateway's frames are far smaller). */
export const DECODE_LIMITS = {
  /** Nesting of arrays and maps. Data frames need 3, other messages 3. */
  maxDepth: 8,
  /** Bytes of one string. */
  maxStringBytes: 65_536,
  /** Elements of one array (a snapshot holds at most 1000 bars or 500 quotes...). */
  maxArrayLength: 100_000,
  /** Entries of one map. */
  maxMapLength: 64,
} as const;
export type DecodeLimits = { readonly [K in keyof typeof DECODE_LIMITS]: number };
