import { type BarInterval, type Channel } from '@tickwire/protocol';

/** A stream is what one subscription follows for one symbol: quotes, or bars of one interval. */
export interface StreamDef {
  index: number;
  channel: Channel;
  interval?: BarInterval;
}

export const STREAMS: readonly StreamDef[] = [
  { index: 0, channel: 'quotes' },
  { index: 1, channel: 'bars', interval: '1s' },
  { index: 2, channel: 'bars', interval: '1m' },
  { index: 3, channel: 'bars', interval: '5m' },
];

export const QUOTES_STREAM = 0;

export function streamIndex(channel: Channel, interval?: BarInterval): number {
  if (channel === 'quotes') return QUOTES_STREAM;
  const found = STREAMS.find((stream) => stream.interval === interval);
  if (!found) throw new Error(`no bars stream for interval ${String(interval)}`);
  return found.index;
}
