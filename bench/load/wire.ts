import { subscribeRequest, tickwireReply, type TickwireMessage } from './tickwire-replies';
import { msgpackAdapter } from './wire-msgpack';
import { parsedAdapter } from './wire-parsed';
import type { WireProtocol } from './messages';

/**
 * What a load connection says and understands, per protocol: Tickwire's JSON ops (also spoken by
 * the raw ws limit peer), or Socket.IO 4 over its WebSocket transport (Engine.IO v4 framing,
 * exactly what socket.io-client sends with `transports: ['websocket']`).
 */
export interface WireAdapter {
  /** Path and query to open. */
  path: string;
  /** True when the connection may subscribe as soon as the socket is open. */
  readyOnOpen: boolean;
  /** Sec-WebSocket-Protocol offers, if any. */
  protocols?: string[];
  /** The frame that subscribes this connection's symbols. */
  subscribeFrame: string | Uint8Array;
  /**
   * Handles one frame: the quotes' `ts` values it carried (updates only), whether the
   * connection is now ready to subscribe or subscribed, and frames to answer with.
   */
  onFrame(frame: Buffer, isBinary: boolean): FrameResult;
}

export interface FrameResult {
  timestamps?: number[];
  ready?: boolean;
  subscribed?: boolean;
  replies?: string[];
  error?: string;
}

export function createAdapter(
  protocol: WireProtocol,
  symbols: string[],
  throttleMs: number,
  align: boolean,
): WireAdapter {
  if (protocol === 'tickwire') return tickwireAdapter(symbols, throttleMs, align);
  if (protocol === 'tickwire-parsed') return parsedAdapter(symbols, throttleMs, align);
  if (protocol === 'tickwire-msgpack') return msgpackAdapter(symbols, throttleMs, align);
  if (align) throw new Error('align is a Tickwire subscribe field; Socket.IO has no equivalent');
  return socketIoAdapter(symbols, throttleMs);
}

const UPDATE_PREFIX = '{"op":"update"';
const TS_KEY = '"ts":';

/**
 * The `ts` of every quote in a frame, read without parsing the frame. On 2 shared cores the load
 * generators' JSON parsing was most of a core and queued the deliveries they measure; a scan costs
 * a fraction of it, and every server's frames are read the same way. (The comparison with the
 * binary encoding, whose client must decode, uses parsedAdapter instead.)
 */
export function scanTimestamps(frame: string): number[] {
  const timestamps: number[] = [];
  for (let at = frame.indexOf(TS_KEY); at !== -1; at = frame.indexOf(TS_KEY, at + TS_KEY.length)) {
    timestamps.push(Number.parseInt(frame.slice(at + TS_KEY.length, at + TS_KEY.length + 16), 10));
  }
  return timestamps;
}

function tickwireAdapter(symbols: string[], throttleMs: number, align: boolean): WireAdapter {
  return {
    path: '/ws',
    readyOnOpen: true,
    subscribeFrame: JSON.stringify(subscribeRequest(symbols, throttleMs, align)),
    onFrame(data) {
      const frame = data.toString();
      if (frame.startsWith(UPDATE_PREFIX)) return { timestamps: scanTimestamps(frame) };
      return tickwireReply(JSON.parse(frame) as TickwireMessage, align);
    },
  };
}

function socketIoAdapter(symbols: string[], throttleMs: number): WireAdapter {
  return {
    path: '/socket.io/?EIO=4&transport=websocket',
    readyOnOpen: false,
    // Event with acknowledgement id 0, as socket.io-client encodes `emit('subscribe', body, ack)`.
    subscribeFrame: `420${JSON.stringify(['subscribe', { symbols, throttleMs }])}`,
    onFrame(data) {
      const frame = data.toString();
      if (frame.startsWith('42')) return { timestamps: scanTimestamps(frame) };
      if (frame === '2') return { replies: ['3'] };
      // Engine.IO open, then Socket.IO's connect to the main namespace, then the ack of subscribe.
      if (frame.startsWith('0')) return { replies: ['40'] };
      if (frame.startsWith('40')) return { ready: true };
      if (frame.startsWith('430')) return { subscribed: true };
      if (frame.startsWith('44')) return { error: frame };
      return {};
    },
  };
}
