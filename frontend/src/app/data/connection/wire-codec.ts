import { type ClientMessage, type ServerMessage } from '@tickwire/protocol';
import {
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_MSGPACK,
  decodeServerMessage,
  encodeClientMessage,
} from '@tickwire/protocol/msgpack';
import { type WireEncoding } from '../settings/settings';

/**
 * Sec-WebSocket-Protocol offers: MessagePack first with JSON as the fallback, or JSON alone. A
 * gateway that names no protocol (older ones) speaks JSON.
 */
export function offeredProtocols(preferred: WireEncoding): string[] {
  return preferred === 'msgpack' ? [SUBPROTOCOL_MSGPACK, SUBPROTOCOL_JSON] : [SUBPROTOCOL_JSON];
}

/**
 * What this connection sends in, decided by the server's `hello`: MessagePack only when the
 * server selected it AND its hello came as a binary frame (a gateway older than the binary
 * encoding echoes any offered protocol, yet speaks JSON).
 */
export function negotiatedEncoding(protocol: string, helloFrame: unknown): WireEncoding {
  return protocol === SUBPROTOCOL_MSGPACK && helloFrame instanceof ArrayBuffer ? 'msgpack' : 'json';
}

/**
 * A server frame as a message, by the frame's kind (text is JSON, binary is MessagePack, decoded
 * without eval, which the page's CSP forbids); null when it cannot be read: the frame is dropped.
 */
export function decodeFrame(data: unknown): ServerMessage | null {
  try {
    if (typeof data === 'string') return JSON.parse(data) as ServerMessage;
    if (data instanceof ArrayBuffer) return decodeServerMessage(data);
  } catch {
    return null;
  }
  return null;
}

export function encodeFrame(message: ClientMessage, encoding: WireEncoding): string | Uint8Array {
  return encoding === 'msgpack' ? encodeClientMessage(message) : JSON.stringify(message);
}
