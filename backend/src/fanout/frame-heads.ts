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
