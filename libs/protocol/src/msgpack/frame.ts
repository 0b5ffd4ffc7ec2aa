import { type BarInterval } from '../market';
import { FrameType } from './constants';
import { MsgpackWriter } from './writer';

/** What precedes the items of a data frame: the message without its `data`. */
export type FrameHeadSpec =
  | { op: 'update'; channel: 'quotes'; t: number }
  | { op: 'update'; channel: 'bars'; interval: BarInterval; t: number }
  | { op: 'snapshot'; channel: 'quotes' }
  | { op: 'snapshot'; channel: 'bars'; interval: BarInterval; symbol: string };

const headWriter = new MsgpackWriter(64);

/**
 * The head bytes of a data frame: the outer array's header, the frame type and the fields before
 * the items (docs/protocol.md): quotes update [1, t, items], bars update [2, interval, t, items],
 * quotes snapshot [3, items], bars snapshot [4, interval, symbol, items].
 */
export function frameHead(spec: FrameHeadSpec): Uint8Array {
  const writer = headWriter.reset();
  if (spec.op === 'update' && spec.channel === 'quotes') {
    writer.arrayHeader(3);
    writer.int(FrameType.QuotesUpdate);
    writer.number(spec.t);
  } else if (spec.op === 'update') {
    writer.arrayHeader(4);
    writer.int(FrameType.BarsUpdate);
    writer.string(spec.interval);
    writer.number(spec.t);
  } else if (spec.channel === 'quotes') {
    writer.arrayHeader(2);
    writer.int(FrameType.QuotesSnapshot);
  } else {
    writer.arrayHeader(4);
    writer.int(FrameType.BarsSnapshot);
    writer.string(spec.interval);
    writer.string(spec.symbol);
  }
  return writer.finish();
}

/** MessagePack array header for `count` items: 0x90+n, 0xdc (16-bit) or 0xdd (32-bit). */
export function arrayHeaderBytes(count: number): Uint8Array {
  if (count < 16) return Uint8Array.of(0x90 | count);
  if (count < 0x10000) return Uint8Array.of(0xdc, count >>> 8, count & 0xff);
  return Uint8Array.of(
    0xdd,
    count >>> 24,
    (count >>> 16) & 0xff,
    (count >>> 8) & 0xff,
    count & 0xff,
  );
}

/**
 * A whole frame from pre-encoded parts: head, the items' array header, then each item's bytes as
 * they are (no re-encoding): one allocation, one copy of each piece. A Node server may pass
 * `Buffer.allocUnsafe` (every byte is written) to skip zero-filling and send the Buffer as is.
 */
export function joinFrame(
  head: Uint8Array,
  pieces: readonly Uint8Array[],
  allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size),
): Uint8Array {
  const header = arrayHeaderBytes(pieces.length);
  let size = head.length + header.length;
  for (const piece of pieces) size += piece.length;
  const frame = allocate(size);
  frame.set(head, 0);
  frame.set(header, head.length);
  let at = head.length + header.length;
  for (const piece of pieces) {
    frame.set(piece, at);
    at += piece.length;
  }
  return frame;
}
