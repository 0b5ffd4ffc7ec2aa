import { type ClientMessage, type HelloMessage } from '@tickwire/protocol';
import { decodeServerMessage, encodeClientMessage } from '@tickwire/protocol/msgpack';
import WebSocket from 'ws';

/** A server frame as the test client received it. */
export interface Received {
  /** The frame decoded (JSON, or MessagePack for a binary frame) into the protocol's message. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  msg: any;
  /** Local receive time, epoch ms. */
  at: number;
  bytes: number;
  /** Came as a binary frame. */
  binary: boolean;
}

export interface Closed {
  code: number;
  reason: string;
}

const UPDATE_PREFIX = Buffer.from('{"op":"update"');

export interface ClientOptions {
  /** false: do not keep update frames (long, fast tests that only need `onUpdate`). */
  keepUpdates?: boolean;
  onUpdate?: (received: Received) => void;
  /** Takes every update frame unparsed instead (cheap clients for load tests); none is kept. */
  onRawFrame?: (data: Buffer, at: number) => void;
  /** Sec-WebSocket-Protocol offer, in order (none: the header is not sent, JSON). */
  protocols?: string[];
}

/** A binary data frame is an array (0x90-0x9f); every other message is a map. */
function isUpdateFrame(data: Buffer, isBinary: boolean): boolean {
  // [1, t, quotes] or [2, interval, t, bars] (docs/protocol.md, "Binary encoding").
  if (isBinary) return (data[0] === 0x93 && data[1] === 1) || (data[0] === 0x94 && data[1] === 2);
  return data.subarray(0, UPDATE_PREFIX.length).equals(UPDATE_PREFIX);
}

/**
 * A real `ws` client that records every frame with its receive time, and waits for frames that
 * match a predicate. Use `connectClient` to open one.
 */
export class TestClient {
  readonly frames: Received[] = [];
  readonly closed: Promise<Closed>;
  private waiters: { match: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  private cursor = 0;

  constructor(
    readonly ws: WebSocket,
    options: ClientOptions = {},
  ) {
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (options.onRawFrame && isUpdateFrame(data, isBinary)) {
        options.onRawFrame(data, Date.now());
        return;
      }
      const received = {
        msg: isBinary ? decodeServerMessage(data) : JSON.parse(data.toString('utf8')),
        at: Date.now(),
        bytes: data.length,
        binary: isBinary,
      };
      if (received.msg.op === 'update' && options.onUpdate) options.onUpdate(received);
      if (options.keepUpdates !== false || received.msg.op !== 'update') this.frames.push(received);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(received)) return true;
        waiter.resolve(received);
        return false;
      });
    });
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  get hello(): HelloMessage {
    return this.frames[0].msg as HelloMessage;
  }

  /** True when the gateway chose MessagePack for this connection. */
  get binary(): boolean {
    return this.ws.protocol === 'tickwire.v1.msgpack';
  }

  /** A string or bytes go out as they are; a message in the connection's encoding. */
  send(message: unknown): void {
    if (typeof message === 'string' || message instanceof Uint8Array) this.ws.send(message);
    else if (this.binary) this.ws.send(encodeClientMessage(message as ClientMessage));
    else this.ws.send(JSON.stringify(message));
  }

  /** The first frame after the previous `next` that matches (already received or to come). */
  next(match: (msg: Received['msg']) => boolean, timeoutMs = 5000): Promise<Received> {
    for (; this.cursor < this.frames.length;) {
      const candidate = this.frames[this.cursor++];
      if (match(candidate.msg)) return Promise.resolve(candidate);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no matching frame within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (received: Received) => {
        clearTimeout(timer);
        this.cursor = this.frames.length;
        resolve(received);
      };
      this.waiters.push({ match: (r) => match(r.msg), resolve: done });
    });
  }

  nextOp(op: string, id?: string, timeoutMs?: number): Promise<Received> {
    return this.next((m) => m.op === op && (id === undefined || m.id === id), timeoutMs);
  }

  /** Sends a request and resolves with the first `reply` op carrying its id. */
  async request(
    message: { id: string } & Record<string, unknown>,
    reply: string,
  ): Promise<Received['msg']> {
    const answer = this.nextOp(reply, message.id);
    this.send(message);
    return (await answer).msg;
  }

  updates(channel?: string): Received[] {
    return this.frames.filter(
      (f) => f.msg.op === 'update' && (!channel || f.msg.channel === channel),
    );
  }

  close(): Promise<Closed> {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(1000);
    }
    return this.closed;
  }
}

/** Opens a client with a bearer token and resolves once `hello` arrived. */
export async function connectClient(
  wsUrl: string,
  accessToken?: string,
  options: ClientOptions = {},
): Promise<TestClient> {
  const ws = new WebSocket(wsUrl, options.protocols ?? [], {
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    perMessageDeflate: false,
  });
  const client = new TestClient(ws, options);
  await new Promise<void>((resolve, reject) => {
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)),
    );
    ws.once('error', reject);
    ws.once('open', () => resolve());
  });
  await client.nextOp('hello');
  return client;
}
