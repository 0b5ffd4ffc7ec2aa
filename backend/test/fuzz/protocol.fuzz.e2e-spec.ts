import * as fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { type InspectableGateway, spawnInspectableGateway } from '../support/gateway-process';
import { vmRssBytes } from '../support/gateway-memory';
import { adminToken, demoToken } from '../support/tokens';
import { type BadFrame, type FuzzFrame, badFrame, fuzzFrame } from './arbitraries';
import { httpCase, type HttpCase } from './http-arbitraries';
import { type Msg, nonConformity } from './conformity';
import { FUZZ_CASES, FUZZ_SEED, casesFor, timeoutFor } from './fuzz-run';

/**
 * Property-based fuzzing of everything a client can send: WebSocket frames (well- and
 * ill-formed requests, binary, fragmented, broken framing) and HTTP requests to every endpoint,
 * against a gateway in its own process. Seeded and shrinking: a failure prints the seed and the
 * smallest frame that fails; `FUZZ_SEED=<seed>` replays it, `npm run fuzz -- --cases N` runs long.
 */

const SHARES = { frames: 0.6, http: 0.3, framing: 0.1 };
/** Largest gap between two updates of the 100 ms watcher while the fuzzers run (loaded 2 cores). */
const WATCHER_MAX_GAP_MS = 2_500;
/**
 * Heap used after a forced full GC, end against start. What may grow meanwhile: the history's
 * bars for the 8 fuzzed symbols and the bounded ticket and login-throttle maps (a few MiB). A
 * leak of a few hundred bytes per case of 20,000 (kept frames, listeners, sessions) exceeds it.
 */
const HEAP_GROWTH_LIMIT_MIB = 8;
/** Generous: RSS is not heap, and V8 keeps what it grew to; a leak per case exceeds it. */
const RSS_GROWTH_LIMIT_MIB = 256;
const REPLY_TIMEOUT_MS = 10_000;

/** Cases the fuzzers found once: each runs first in every run. */
const HTTP_REGRESSIONS: [HttpCase][] = [
  // A body nested 5,000 deep made the admin log line's JSON.stringify overflow the stack: 500.
  [
    {
      method: 'POST',
      path: '/api/admin/scenarios',
      query: '',
      auth: 'admin',
      contentType: 'application/json',
      body: `{"op":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_001)}`,
    },
  ],
];

const FRAME_REGRESSIONS: [FuzzFrame][] = [
  // `auth` answered after the next request's reply (its token check is asynchronous).
  [{ text: '{"op":"auth","id":"r9","token":"not-a-token"}', binary: false, cuts: [] }],
];

const UPDATE = Buffer.from('{"op":"update"');
const HEARTBEAT = Buffer.from('{"op":"heartbeat"');

const rssMiB = (pid: number) => vmRssBytes(pid) / 2 ** 20;

/** A client that sends fuzzed frames, each followed by a ping whose pong delimits the replies. */
class FuzzClient {
  private inbox: Msg[] = [];
  private waiting: { id: string; resolve: () => void; reject: (e: Error) => void } | undefined;
  private sequence = 0;
  closed = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      if (data.subarray(0, UPDATE.length).equals(UPDATE)) return;
      if (data.subarray(0, HEARTBEAT.length).equals(HEARTBEAT)) return;
      const msg = JSON.parse(data.toString('utf8')) as Msg;
      if (this.waiting && msg.op === 'pong' && msg.id === this.waiting.id) this.waiting.resolve();
      else this.inbox.push(msg);
    });
    ws.once('close', (code, reason) => {
      this.closed = true;
      this.waiting?.reject(new Error(`connection closed: ${code} ${reason.toString()}`));
    });
  }

  static async open(wsUrl: string, token: string): Promise<FuzzClient> {
    const ws = new WebSocket(wsUrl, {
      headers: { authorization: `Bearer ${token}` },
      perMessageDeflate: false,
    });
    const client = new FuzzClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    await client.exchange(() => undefined); // the hello
    return client;
  }

  /** Sends what `send` sends, then a ping; resolves with every reply before its pong. */
  async exchange(send: (ws: WebSocket) => void): Promise<Msg[]> {
    const id = `sync-${++this.sequence}`;
    this.inbox = [];
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no pong in time')), REPLY_TIMEOUT_MS);
      this.waiting = {
        id,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
    send(this.ws);
    this.ws.send(`{"op":"ping","id":"${id}"}`);
    await done;
    this.waiting = undefined;
    return this.inbox.filter((m) => m.op !== 'hello');
  }

  close(): void {
    this.ws.terminate();
  }
}

function sendFuzzFrame(ws: WebSocket, frame: FuzzFrame): void {
  const bytes = Buffer.from(frame.text);
  const offsets = [...new Set(frame.cuts.map((c) => Math.floor(c * bytes.length)))];
  let start = 0;
  for (const offset of offsets) {
    ws.send(bytes.subarray(start, offset), { binary: frame.binary, fin: false });
    start = offset;
  }
  ws.send(bytes.subarray(start), { binary: frame.binary, fin: true });
}

/** Opens a raw socket, sends bytes that break the framing, resolves once the socket is closed. */
function breakFraming(wsUrl: string, token: string, bad: BadFrame): Promise<void> {
  const url = new URL(wsUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let head = '';
    let upgraded = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${bad.kind}: the gateway did not close the connection`));
    }, REPLY_TIMEOUT_MS);
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearTimeout(timer);
      if (upgraded) resolve();
      else reject(new Error(`${bad.kind}: handshake failed: ${head.split('\r\n')[0]}`));
    });
    socket.once('connect', () =>
      socket.write(
        `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n` +
          'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          `Sec-WebSocket-Version: 13\r\nAuthorization: Bearer ${token}\r\n\r\n`,
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      if (upgraded) return; // the hello, then a close frame: only the close of the socket counts
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      if (!head.startsWith('HTTP/1.1 101')) {
        socket.destroy();
        return;
      }
      upgraded = true;
      socket.write(bad.bytes);
    });
  });
}

async function sendHttp(baseUrl: string, tokens: Record<string, string>, c: HttpCase) {
  const headers: Record<string, string> = {};
  if (c.contentType !== undefined) headers['content-type'] = c.contentType;
  if (c.auth !== 'none') headers.authorization = `Bearer ${tokens[c.auth] ?? c.auth}`;
  const response = await fetch(`${baseUrl}${c.path}${c.query ? `?${c.query}` : ''}`, {
    method: c.method,
    headers,
    body: c.method === 'GET' ? undefined : c.body,
  });
  return { status: response.status, text: await response.text() };
}

describe('protocol fuzzing', () => {
  let gateway: InspectableGateway;
  let wsUrl: string;
  let tokens: Record<string, string>;
  let client: FuzzClient;
  let watcher: WebSocket;
  let lastUpdateAt = 0;
  let maxGapMs = 0;
  let baselineRss = 0;
  let baselineHeap = 0;

  const assertAlive = () => {
    if (gateway.child.exitCode !== null || gateway.child.signalCode !== null)
      throw new Error(`the gateway exited:\n${gateway.output().slice(-4000)}`);
  };
  const resetWatch = () => {
    lastUpdateAt = Date.now();
    maxGapMs = 0;
  };
  const watcherGap = () => Math.max(maxGapMs, Date.now() - lastUpdateAt);

  beforeAll(async () => {
    console.log(
      `fuzz seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED}), ${FUZZ_CASES} cases in total`,
    );
    gateway = await spawnInspectableGateway({
      // The fuzzers send as fast as replies come back: no case may be RATE_LIMITED.
      WS_MESSAGES_PER_SECOND: '100000',
      WS_MESSAGE_BURST: '100000',
      WS_MAX_CONNECTIONS_PER_IP: '10000',
      WS_CONNECTIONS_PER_MINUTE: '100000',
    });
    wsUrl = `${gateway.url.replace(/^http/, 'ws')}/ws`;
    tokens = {
      demo: await demoToken(gateway.url),
      admin: await adminToken(gateway.url),
      garbage: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.',
    };
    client = await FuzzClient.open(wsUrl, tokens.demo);
    watcher = new WebSocket(wsUrl, {
      headers: { authorization: `Bearer ${tokens.demo}` },
      perMessageDeflate: false,
    });
    const subscribed = new Promise<void>((resolve) =>
      watcher.on('message', (data: Buffer) => {
        if (data.subarray(0, UPDATE.length).equals(UPDATE)) {
          const now = Date.now();
          maxGapMs = Math.max(maxGapMs, now - lastUpdateAt);
          lastUpdateAt = now;
          resolve();
        }
      }),
    );
    watcher.once('open', () =>
      watcher.send(
        JSON.stringify({
          op: 'subscribe',
          channel: 'quotes',
          symbols: ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'],
          throttleMs: 100,
        }),
      ),
    );
    await subscribed;
    baselineRss = rssMiB(gateway.child.pid as number);
    baselineHeap = (await gateway.memoryAfterGc()).heapUsedBytes;
  }, 120_000);

  afterAll(async () => {
    client?.close();
    watcher?.terminate();
    if (gateway) {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  });

  /**
   * Runs one property for its share of the cases, while the watcher's delivery is measured: it
   * must keep its 100 ms updates whatever the fuzzer sends.
   */
  async function check<T>(
    name: string,
    cases: number,
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => Promise<void>,
    examples: [T][] = [],
  ): Promise<void> {
    resetWatch();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        await predicate(value);
        assertAlive();
      }),
      { seed: FUZZ_SEED, numRuns: cases, examples },
    );
    const took = Date.now() - started;
    console.log(`${name}: ${cases} cases in ${took} ms, watcher's largest gap ${watcherGap()} ms`);
    expect(watcherGap()).toBeLessThan(WATCHER_MAX_GAP_MS);
  }

  const framesCases = casesFor(SHARES.frames);
  it(
    `answers each of ${framesCases} fuzzed frames once, with its id`,
    () =>
      check(
        'frames',
        framesCases,
        fuzzFrame,
        async (frame) => {
          if (client.closed) client = await FuzzClient.open(wsUrl, tokens.demo);
          const replies = await client.exchange((ws) => sendFuzzFrame(ws, frame));
          const problem = nonConformity(frame, replies);
          if (problem) throw new Error(`${problem}: ${JSON.stringify(replies).slice(0, 2000)}`);
        },
        FRAME_REGRESSIONS,
      ),
    timeoutFor(framesCases, 10),
  );

  const framingCases = casesFor(SHARES.framing);
  it(
    `closes each of ${framingCases} connections that break the framing, and only those`,
    async () => {
      await check('framing', framingCases, badFrame, (bad) =>
        breakFraming(wsUrl, tokens.demo, bad),
      );
      // The fuzz connection was not disturbed.
      expect(await client.exchange(() => undefined)).toEqual([]);
    },
    timeoutFor(framingCases, 30),
  );

  const httpCases = casesFor(SHARES.http);
  it(
    `answers each of ${httpCases} fuzzed HTTP requests with a status below 500 and a JSON error`,
    () =>
      check(
        'http',
        httpCases,
        httpCase,
        async (c) => {
          const { status, text } = await sendHttp(gateway.url, tokens, c);
          if (status >= 500) throw new Error(`HTTP ${status}: ${text.slice(0, 500)}`);
          if (status >= 400) {
            const body = JSON.parse(text) as Msg;
            if (body.statusCode !== status || typeof body.message !== 'string')
              throw new Error(`HTTP ${status} with body ${text.slice(0, 500)}`);
          }
        },
        HTTP_REGRESSIONS,
      ),
    timeoutFor(httpCases, 20),
  );

  it('keeps its memory: heap after GC returns to its baseline, RSS stays near it', async () => {
    assertAlive();
    const heap = (await gateway.memoryAfterGc()).heapUsedBytes;
    const rss = rssMiB(gateway.child.pid as number);
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.log(
      `gateway heap after GC ${mib(baselineHeap)} MiB before, ${mib(heap)} MiB after; ` +
        `RSS ${baselineRss.toFixed(1)} MiB before, ${rss.toFixed(1)} MiB after`,
    );
    expect(heap - baselineHeap).toBeLessThan(HEAP_GROWTH_LIMIT_MIB * 2 ** 20);
    expect(rss - baselineRss).toBeLessThan(RSS_GROWTH_LIMIT_MIB);
  });
});
