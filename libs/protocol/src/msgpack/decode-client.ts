import { type DecodeLimits } from './constants';
import { MsgpackReader } from './reader';

/**
 * Limits for what a client sends: a request is a map holding at most one array of symbols, and
 * the gateway's frame limit (64 KiB by default) bounds the rest.
 */
export const CLIENT_FRAME_LIMITS: DecodeLimits = {
  maxDepth: 4,
  maxStringBytes: 16_384,
  maxArrayLength: 65_536,
  maxMapLength: 32,
};

/**
 * One binary frame of a client as the value JSON.parse gives for the same request (unchecked:
 * the gateway validates it as it validates JSON, with the protocol's schemas). Throws
 * MsgpackDecodeError for bytes that are not one bounded MessagePack value.
 */
export function decodeClientFrame(
  input: Uint8Array | ArrayBuffer,
  limits: DecodeLimits = CLIENT_FRAME_LIMITS,
): unknown {
  const reader = new MsgpackReader(input, limits);
  const value = reader.value();
  reader.end();
  return value;
}
