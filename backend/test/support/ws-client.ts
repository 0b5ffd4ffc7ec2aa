import { type HelloMessage } from '@tickwire/protocol';
import WebSocket from 'ws';

/** A server frame as the test client received it. */
export interface Received {
  /** Parsed JSON of the frame. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  msg: any;
  /** Local receive time, epoch ms. */
  at: number;
  bytes: number;
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
    ws.on('message', (data: Buffer) => {
      if (options.onRawFrame && data.subarray(0, UPDATE_PREFIX.length).equals(UPDATE_PREFIX)) {
        options.onRawFrame(data, Date.now());
        return;
      }
      const received = {
        msg: JSON.parse(data.toString('utf8')),
        at: Date.now(),
        bytes: data.length,
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

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
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
  const ws = new WebSocket(wsUrl, {
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
