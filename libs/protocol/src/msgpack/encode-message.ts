import { type Bar, type Quote } from '../market';
import { type ClientMessage, type ServerMessage } from '../messages';
import { encodeWith } from './encode-value';
import { type FrameHeadSpec, frameHead, joinFrame } from './frame';
import { encodeBarFragment, encodeQuoteFragment } from './fragments';
import { type Scales } from './scaled';

/** The scales of a symbol's instrument, or undefined to infer them from the values. */
export type ScalesOf = (symbol: string) => Scales | undefined;

const inferScales: ScalesOf = () => undefined;

/**
 * Any server message in the binary encoding. Data messages (update, snapshot) are built like the
 * hot path builds them (head + fragments); every other message is the map of its JSON object.
 * For the hot path, encode fragments once with `encodeQuoteFragment`/`encodeBarFragment` and join
 * them with `frameHead`/`joinFrame` instead.
 */
export function encodeMessage(
  message: ServerMessage,
  scalesOf: ScalesOf = inferScales,
): Uint8Array {
  if (message.op !== 'update' && message.op !== 'snapshot') return encodeWith(message);
  const { data, ...head } = message;
  const pieces =
    message.channel === 'quotes'
      ? (data as Quote[]).map((quote) => encodeQuoteFragment(quote, scalesOf(quote.symbol)))
      : (data as Bar[]).map((bar) => encodeBarFragment(bar, scalesOf(bar.symbol)));
  return joinFrame(frameHead(head as FrameHeadSpec), pieces);
}

/** A client message in the binary encoding: the map of its JSON object. */
export function encodeClientMessage(message: ClientMessage): Uint8Array {
  return encodeWith(message);
}
