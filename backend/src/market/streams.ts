import { type BarInterval, type Channel } from '@tickwire/protocol';

/** A stream is what one subscription follows for one symbol: quotes, or bars of one interval. */
export interface StreamDef {
  index: number;
  channel: Channel;
  interval?: BarInterval;
  /** Opening of every update frame of this stream, up to the timestamp value. */
  framePrefix: string;
}

function define(index: number, channel: Channel, interval?: BarInterval): StreamDef {
  const intervalPart = interval ? `,"interval":"${interval}"` : '';
  return {
    index,
    channel,
    interval,
    framePrefix: `{"op":"update","channel":"${channel}"${intervalPart},"t":`,
  };
}

export const STREAMS: readonly StreamDef[] = [
  define(0, 'quotes'),
  define(1, 'bars', '1s'),
  define(2, 'bars', '1m'),
  define(3, 'bars', '5m'),
];

export const QUOTES_STREAM = 0;

export function streamIndex(channel: Channel, interval?: BarInterval): number {
  if (channel === 'quotes') return QUOTES_STREAM;
  const found = STREAMS.find((stream) => stream.interval === interval);
  if (!found) throw new Error(`no bars stream for interval ${String(interval)}`);
  return found.index;
}
