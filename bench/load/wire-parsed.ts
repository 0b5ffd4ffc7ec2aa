import { type ServerMessage } from '@tickwire/protocol';
import { type TickwireMessage, subscribeRequest, tickwireReply } from './tickwire-replies';
import type { FrameResult, WireAdapter } from './wire';

/**
 * Tickwire's JSON with every frame JSON.parsed, as the dashboard and the terminal client read it:
 * the JSON side of the like-for-like comparison with the binary adapter, which decodes every
 * frame. A binary frame means the gateway did not keep JSON: the run fails instead of measuring it.
 */
export function parsedAdapter(symbols: string[], throttleMs: number, align: boolean): WireAdapter {
  return {
    path: '/ws',
    readyOnOpen: true,
    subscribeFrame: JSON.stringify(subscribeRequest(symbols, throttleMs, align)),
    onFrame(data, isBinary): FrameResult {
      if (isBinary) return { error: 'the gateway answered in binary, not JSON' };
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.op === 'update' && message.channel === 'quotes') {
        return { timestamps: message.data.map((quote) => quote.ts) };
      }
      return tickwireReply(message as TickwireMessage, align);
    },
  };
}
