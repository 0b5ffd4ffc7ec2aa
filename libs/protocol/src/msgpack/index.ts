/**
 * The binary encoding of protocol v1 (`tickwire.v1.msgpack`, docs/protocol.md "Binary encoding").
 * A separate entry point (`@tickwire/protocol/msgpack`) without valibot, for the dashboard; the
 * validated `decodeClientMessage` is in `@tickwire/protocol/schemas`.
 */
export {
  CHANGE_PCT_DECIMALS,
  DECODE_LIMITS,
  FrameType,
  MAX_SCALE,
  STATUS_CODES,
  SUBPROTOCOLS,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_MSGPACK,
  SUBPROTOCOL_PREFERENCE,
} from './constants';
export type { DecodeLimits, Subprotocol } from './constants';
export { CLIENT_FRAME_LIMITS, decodeClientFrame } from './decode-client';
export { decodeServerMessage } from './decode-server';
export { encodeClientMessage, encodeMessage } from './encode-message';
export type { ScalesOf } from './encode-message';
export { MsgpackDecodeError, MsgpackEncodeError } from './errors';
export { arrayHeaderBytes, frameHead, joinFrame } from './frame';
export type { FrameHeadSpec } from './frame';
export { BAR_FIELDS, QUOTE_FIELDS, encodeBarFragment, encodeQuoteFragment } from './fragments';
export { decimalsOf, decimalsOfValues, scalesFor } from './scaled';
export type { Scales } from './scaled';
export { selectSubprotocol } from './negotiate';
