import {
  SUBPROTOCOL_MSGPACK,
  decodeServerMessage,
  encodeClientMessage,
} from '@tickwire/protocol/msgpack';
import { type TickwireMessage, subscribeRequest, tickwireReply } from './tickwire-replies';
import type { FrameResult, WireAdapter } from './wire';

/**
 * Tickwire over tickwire.v1.msgpack: every frame is decoded with the shared decoder, as a real
 * binary client does; compared with parsedAdapter, which JSON.parses every frame (the `tickwire`
 * adapter only scans for `ts`). A text frame means the gateway did not select MessagePack: the run
 * fails instead of measuring JSON.
 */
export function msgpackAdapter(symbols: string[], throttleMs: number, align: boolean): WireAdapter {
  return {
    path: '/ws',
    protocols: [SUBPROTOCOL_MSGPACK],
    readyOnOpen: true,
    subscribeFrame: encodeClientMessage(subscribeRequest(symbols, throttleMs, align)),
    onFrame(data, isBinary): FrameResult {
      if (!isBinary)
        return {
          error: `the gateway answered in text, not MessagePack: ${data.toString().slice(0, 40)}`,
        };
      const message = decodeServerMessage(data);
      if (message.op === 'update' && message.channel === 'quotes') {
        return { timestamps: message.data.map((quote) => quote.ts) };
      }
      return tickwireReply(message as TickwireMessage, align);
    },
  };
}
