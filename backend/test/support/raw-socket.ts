import { randomBytes } from 'node:crypto';
import { type Socket, connect } from 'node:net';

/**
 * Completes a WebSocket handshake on a plain TCP socket and hands the socket back: the caller
 * decides whether it reads (and ignores pings) or pauses like a client that stopped reading.
 */
export function rawWebSocket(
  wsUrl: string,
  accessToken: string,
  subprotocol?: string,
): Promise<Socket> {
  const url = new URL(wsUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let response = '';
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        `GET ${url.pathname} HTTP/1.1\r\n` +
          `Host: ${url.host}\r\n` +
          'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          'Sec-WebSocket-Version: 13\r\n' +
          (subprotocol ? `Sec-WebSocket-Protocol: ${subprotocol}\r\n` : '') +
          `Authorization: Bearer ${accessToken}\r\n\r\n`,
      );
    });
    const onData = (chunk: Buffer) => {
      response += chunk.toString('latin1');
      const end = response.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      if (!response.startsWith('HTTP/1.1 101')) {
        reject(new Error(`handshake refused: ${response.split('\r\n')[0]}`));
        return;
      }
      resolve(socket);
    };
    socket.on('data', onData);
  });
}

/** One masked text frame (clients must mask), for sending from a raw socket. */
export function maskedTextFrame(text: string): Buffer {
  return maskedFrame(Buffer.from(text, 'utf8'), 0x1);
}

/** One masked binary frame. */
export function maskedBinaryFrame(bytes: Uint8Array): Buffer {
  return maskedFrame(bytes, 0x2);
}

function maskedFrame(payload: Uint8Array, opcode: number): Buffer {
  const length = payload.length;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.alloc(header + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) {
    frame[1] = 0x80 | length;
  } else if (length < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, header);
  for (let i = 0; i < length; i++) frame[header + 4 + i] = payload[i] ^ mask[i % 4];
  return frame;
}

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
  /** When the last byte of the frame was parsed, epoch ms. */
  at: number;
}

/** Parses the unmasked frames a server sends, from bytes read at whatever pace the test likes. */
export class ServerFrameParser {
  readonly frames: ServerFrame[] = [];
  private buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0] & 0x0f;
      let length = this.buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      const payload = this.buffer.subarray(offset, offset + length);
      this.frames.push({ opcode, payload, at: Date.now() });
      this.buffer = this.buffer.subarray(offset + length);
    }
  }

  /** Text frames as parsed JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  messages(): any[] {
    return this.frames
      .filter((f) => f.opcode === 1)
      .map((f) => JSON.parse(f.payload.toString('utf8')));
  }

  closeCode(): number | undefined {
    const close = this.frames.find((f) => f.opcode === 8);
    return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : undefined;
  }
}
