import { type ServerMessage } from '@tickwire/protocol';
import {
  MsgpackDecodeError,
  decodeClientFrame,
  encodeMessage,
  frameHead,
} from '@tickwire/protocol/msgpack';
import { type RawData } from 'ws';
import { joinPackedFrame } from '../fanout/frame-heads';
import { type MarketStateService } from '../market/market-state.service';
import { QUOTES_STREAM } from '../market/streams';
import { type SymbolState } from '../market/symbol-state';
import {
  type ClientRequest,
  InvalidFrame,
  parseClientFrame,
  peekRequestId,
  readClientValue,
} from './client-request';
import { rawToBuffer, rawToString } from './raw-frame';

/**
 * One connection's wire encoding, chosen at the handshake: how its requests are read and its
 * replies written. Updates do not pass here: the fan-out joins the symbols' shared fragments.
 */
export interface WireCodec {
  /** Frames go out as binary (MessagePack) rather than text (JSON). */
  readonly binary: boolean;
  /** The request a frame carries; InvalidFrame for a frame of the wrong kind or shape. */
  read(data: RawData, isBinary: boolean): ClientRequest;
  /** The `id` of a frame dropped unread (rate limit), when it can be told cheaply. */
  peekId(data: RawData, isBinary: boolean): string | undefined;
  encode(message: ServerMessage): string | Uint8Array;
  /** A quotes snapshot joined from the symbols' shared fragments. */
  quotesSnapshot(states: readonly SymbolState[]): string | Uint8Array;
}

/** `tickwire.v1.json`, and every client that names no subprotocol: text frames of JSON. */
export const JSON_CODEC: WireCodec = {
  binary: false,
  read(data, isBinary) {
    if (isBinary) throw new InvalidFrame('binary frames are not accepted: send JSON text');
    return parseClientFrame(rawToString(data));
  },
  peekId: (data, isBinary) => (isBinary ? undefined : peekRequestId(rawToBuffer(data))),
  encode: (message) => JSON.stringify(message),
  quotesSnapshot: (states) =>
    `{"op":"snapshot","channel":"quotes","data":[${states.map((s) => s.fragment(QUOTES_STREAM)).join(',')}]}`,
};

const QUOTES_SNAPSHOT_HEAD = frameHead({ op: 'snapshot', channel: 'quotes' });

/** `tickwire.v1.msgpack`: binary frames of MessagePack both ways (docs/protocol.md). */
export function msgpackCodec(market: MarketStateService): WireCodec {
  const scalesOf = (symbol: string) => market.get(symbol)?.scales;
  const read = (data: RawData, isBinary: boolean): ClientRequest => {
    if (!isBinary) {
      throw new InvalidFrame('text frames are not accepted: this connection speaks MessagePack');
    }
    let value: unknown;
    try {
      value = decodeClientFrame(rawToBuffer(data));
    } catch (error) {
      if (!(error instanceof MsgpackDecodeError)) throw error;
      throw new InvalidFrame(`the frame is not valid MessagePack: ${error.message}`);
    }
    return readClientValue(value, 'a MessagePack map');
  };
  return {
    binary: true,
    read,
    // A binary request is small and its decoder bounded: reading it whole is the cheap way.
    peekId(data, isBinary) {
      try {
        return read(data, isBinary).id;
      } catch (error) {
        return error instanceof InvalidFrame ? error.id : undefined;
      }
    },
    encode: (message) => encodeMessage(message, scalesOf),
    quotesSnapshot: (states) =>
      joinPackedFrame(
        QUOTES_SNAPSHOT_HEAD,
        states.map((state) => state.packed(QUOTES_STREAM)),
      ),
  };
}
