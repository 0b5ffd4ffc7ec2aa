import { type BarInterval } from '@tickwire/protocol';
import { frameHead, joinFrame } from '@tickwire/protocol/msgpack';
import { STREAMS, type StreamDef } from '../market/streams';

/** Opening of every update frame of a stream, up to the timestamp value. */
function framePrefix({ channel, interval }: StreamDef): string {
  const intervalPart = interval ? `,"interval":"${interval}"` : '';
  return `{"op":"update","channel":"${channel}"${intervalPart},"t":`;
}

const PREFIXES: readonly string[] = STREAMS.map(framePrefix);

/**
 * The opening of each stream's update frames in one flush, up to the first fragment: every frame
 * of a flush shares it, so the timestamp is formatted once per flush, not per frame.
 */
export function frameHeads(now: number): string[] {
  return PREFIXES.map((prefix) => `${prefix}${now},"data":[`);
}

/** The same heads in the binary encoding: [type, (interval,) t, then the items' array]. */
export function packedFrameHeads(now: number): Uint8Array[] {
  return STREAMS.map(({ channel, interval }) =>
    channel === 'quotes'
      ? frameHead({ op: 'update', channel, t: now })
      : frameHead({ op: 'update', channel, interval: interval as BarInterval, t: now }),
  );
}

/** Buffer.allocUnsafe: `joinFrame` writes every byte, so zero-filling would be wasted. */
function allocateFrame(size: number): Uint8Array {
  return Buffer.allocUnsafe(size);
}

/** A binary update frame from its head and the fragments' bytes, copied once. */
export function joinPackedFrame(head: Uint8Array, fragments: readonly Uint8Array[]): Uint8Array {
  return joinFrame(head, fragments, allocateFrame);
}
