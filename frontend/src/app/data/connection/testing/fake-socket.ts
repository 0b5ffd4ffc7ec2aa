import { type ServerMessage } from '@tickwire/protocol';
import { decodeClientFrame, encodeMessage } from '@tickwire/protocol/msgpack';
import { type SocketLike } from '../connection-options';

/** A WebSocket stand-in for specs under fake timers (a real socket cannot run on fake time). */
export class FakeSocket implements SocketLike {
  readyState = 0;
  /** The server's choice among `offered`; '' (none) until a spec sets it, as an older gateway. */
  protocol = '';
  binaryType: BinaryType = 'blob';
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  /** The kind of each frame sent, in order. */
  readonly sentKinds: ('text' | 'binary')[] = [];
  closedWith: number | null = null;

  constructor(
    readonly url: string,
    readonly offered: string[] = [],
  ) {}

  send(data: string | Uint8Array): void {
    const binary = typeof data !== 'string';
    this.sentKinds.push(binary ? 'binary' : 'text');
    const message = binary ? decodeClientFrame(data) : JSON.parse(data);
    this.sent.push(message as Record<string, unknown>);
  }

  close(code = 1000): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  /** The server sends a frame: text (JSON) by default, or binary (MessagePack). */
  receive(
    message: ServerMessage | Record<string, unknown>,
    kind: 'text' | 'binary' = 'text',
  ): void {
    this.onmessage?.({
      data: kind === 'text' ? JSON.stringify(message) : toArrayBuffer(message),
    } as MessageEvent);
  }

  /** A raw frame, as is (malformed ones). */
  receiveRaw(data: string | ArrayBuffer): void {
    this.onmessage?.({ data } as MessageEvent);
  }

  /** The connection ends from the other side (or fails before opening: code 1006). */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }

  sentOps(op: string): Record<string, unknown>[] {
    return this.sent.filter((message) => message['op'] === op);
  }
}

/** What a browser socket with binaryType 'arraybuffer' delivers. */
function toArrayBuffer(message: ServerMessage | Record<string, unknown>): ArrayBuffer {
  const bytes = encodeMessage(message as ServerMessage);
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}
