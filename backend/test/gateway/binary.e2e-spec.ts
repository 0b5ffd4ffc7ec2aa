import { waitFor } from '@tickwire/testing';
import { ErrorCode } from '@tickwire/protocol';
import { SUBPROTOCOL_JSON, SUBPROTOCOL_MSGPACK } from '@tickwire/protocol/msgpack';
import WebSocket from 'ws';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type Received, type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];

/** What a handshake offering `protocols` got: the status and body of a refusal. */
function refusal(wsUrl: string, token: string, protocols: string[]) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const ws = new WebSocket(wsUrl, protocols, { headers: { authorization: `Bearer ${token}` } });
    ws.once('open', () => reject(new Error(`accepted with ${ws.protocol || 'no protocol'}`)));
    ws.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    ws.once('error', () => undefined);
  });
}

/** Quotes of every update frame by `symbol:seq`. */
function quotesBySeq(frames: Received[]): Map<string, unknown> {
  const quotes = new Map<string, unknown>();
  for (const frame of frames) {
    for (const quote of frame.msg.data) quotes.set(`${quote.symbol}:${quote.seq}`, quote);
  }
  return quotes;
}

describe('the MessagePack subprotocol', () => {
  let app: TestApp;
  let token: string;
  const open: TestClient[] = [];

  async function client(protocols?: string[]): Promise<TestClient> {
    const connected = await connectClient(app.wsUrl, token, { protocols });
    open.push(connected);
    return connected;
  }

  beforeAll(async () => {
    // Slow enough (5 ticks/s per symbol) that two clients at a 50 ms throttle see every tick.
    app = await startTestApp({ FEED_TICKS_PER_SECOND: '40', HEARTBEAT_MS: '300' });
    token = await demoToken(app.url);
  });

  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await app.close();
  });

  describe('negotiation', () => {
    it.each([
      ['no header', undefined, '', false],
      ['msgpack', [SUBPROTOCOL_MSGPACK], SUBPROTOCOL_MSGPACK, true],
      ['json', [SUBPROTOCOL_JSON], SUBPROTOCOL_JSON, false],
      ['an unknown one, then msgpack', ['x-other', SUBPROTOCOL_MSGPACK], SUBPROTOCOL_MSGPACK, true],
      ['json, then msgpack', [SUBPROTOCOL_JSON, SUBPROTOCOL_MSGPACK], SUBPROTOCOL_JSON, false],
    ])(
      'an offer of %s is answered in the chosen encoding',
      async (_name, offer, chosen, binary) => {
        const c = await client(offer);
        expect(c.ws.protocol).toBe(chosen);
        expect(c.frames[0]).toMatchObject({ binary, msg: { op: 'hello', protocol: 1 } });
      },
    );

    it('refuses an offer of only unsupported protocols with 400, naming the supported ones', async () => {
      const { status, body } = await refusal(app.wsUrl, token, ['x-one', 'tickwire.v2.cbor']);
      expect(status).toBe(400);
      expect(JSON.parse(body).message).toBe(
        `unsupported subprotocol: this gateway speaks ${SUBPROTOCOL_MSGPACK}, ${SUBPROTOCOL_JSON}`,
      );
    });
  });

  describe('the same messages in both encodings', () => {
    let json: TestClient;
    let binary: TestClient;

    beforeAll(async () => {
      [json, binary] = await Promise.all([client(), client([SUBPROTOCOL_MSGPACK])]);
    });

    /** Sends the same request on both and resolves with both replies. */
    async function both(message: { id: string } & Record<string, unknown>, reply: string) {
      return Promise.all([json.request(message, reply), binary.request(message, reply)]);
    }

    it('hello', () => {
      const strip = ({ serverTime: _t, ...rest }: Record<string, unknown>) => rest;
      expect(strip(binary.hello as never)).toEqual(strip(json.hello as never));
    });

    it('subscribed, quote snapshots and quote updates carry the same prices and seqs', async () => {
      const request = { op: 'subscribe', id: 'q', channel: 'quotes', symbols: SYMBOLS };
      const [a, b] = await both({ ...request, throttleMs: 50 }, 'subscribed');
      expect(b).toEqual(a);
      const snapshots = await Promise.all([json.nextOp('snapshot'), binary.nextOp('snapshot')]);
      expect(snapshots.map((s) => s.msg.data.length)).toEqual([SYMBOLS.length, SYMBOLS.length]);
      expect(snapshots[1].binary).toBe(true);
      await waitFor(
        () => json.updates('quotes').length >= 20 && binary.updates('quotes').length >= 20,
        10_000,
        '20 quote frames on each client',
      );
      const fromJson = quotesBySeq(json.updates('quotes'));
      const fromBinary = quotesBySeq(binary.updates('quotes'));
      const shared = [...fromJson.keys()].filter((key) => fromBinary.has(key));
      // Both follow the same symbols at the same throttle: most sends carry the same ticks.
      expect(fromJson.size).toBeGreaterThan(20);
      expect(shared.length).toBeGreaterThan(fromJson.size / 2);
      for (const key of shared)
        expect([key, fromBinary.get(key)]).toEqual([key, fromJson.get(key)]);
    });

    it('bar snapshots and bar updates', async () => {
      const request = {
        op: 'subscribe',
        channel: 'bars',
        interval: '1s',
        symbols: ['AAPL', 'BTC-USD'],
      };
      const [a, b] = await both({ ...request, id: 'b', historyLimit: 30 }, 'subscribed');
      expect(b).toEqual(a);
      const snapshot = (c: TestClient, symbol: string) =>
        c.next((m) => m.op === 'snapshot' && m.channel === 'bars' && m.symbol === symbol);
      for (const symbol of ['AAPL', 'BTC-USD']) {
        const [fromJson, fromBinary] = await Promise.all([
          snapshot(json, symbol),
          snapshot(binary, symbol),
        ]);
        const closed = (bars: unknown[]) => bars.slice(0, -1);
        expect(closed(fromJson.msg.data).length).toBeGreaterThanOrEqual(10);
        expect(closed(fromBinary.msg.data)).toEqual(closed(fromJson.msg.data));
      }
      const update = (c: TestClient) =>
        c.next((m) => m.op === 'update' && m.channel === 'bars' && m.interval === '1s');
      const updates = await Promise.all([update(json), update(binary)]);
      expect(Object.keys(updates[1].msg).sort()).toEqual(Object.keys(updates[0].msg).sort());
      expect(Object.keys(updates[1].msg.data[0]).sort()).toEqual(
        Object.keys(updates[0].msg.data[0]).sort(),
      );
    });

    it('errors, unsubscribed, pong, authed and heartbeats', async () => {
      const [errA, errB] = await both(
        { op: 'subscribe', id: 'e', channel: 'quotes', symbols: ['NOPE'] },
        'error',
      );
      expect(errB).toEqual(errA);
      expect(errA).toMatchObject({ code: ErrorCode.UnknownSymbol, symbols: ['NOPE'] });
      const [unA, unB] = await both(
        { op: 'unsubscribe', id: 'u', channel: 'quotes', symbols: ['IBM'] },
        'unsubscribed',
      );
      expect(unB).toEqual(unA);
      const [pongA, pongB] = await both({ op: 'ping', id: 'p', t: 123 }, 'pong');
      expect([pongB.t, typeof pongB.serverTime]).toEqual([pongA.t, 'number']);
      const [authA, authB] = await both({ op: 'auth', id: 'a', token }, 'authed');
      expect(authB).toEqual(authA);
      // Heartbeats go out on silence: a connection with nothing subscribed is silent.
      const quiet = await client([SUBPROTOCOL_MSGPACK]);
      const heartbeat = await quiet.nextOp('heartbeat', undefined, 3000);
      expect(heartbeat).toMatchObject({
        binary: true,
        msg: { op: 'heartbeat', t: expect.any(Number) },
      });
      expect(heartbeat.msg.t).toBeGreaterThan(quiet.hello.serverTime);
    });
  });
});
