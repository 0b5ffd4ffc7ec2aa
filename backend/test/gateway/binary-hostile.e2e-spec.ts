import { CloseCode, ErrorCode } from '@tickwire/protocol';
import { SUBPROTOCOL_MSGPACK, encodeClientMessage } from '@tickwire/protocol/msgpack';
import { waitFor } from '@tickwire/testing';
import { GatewayServer } from '../../src/gateway/gateway.server';
import { maskedBinaryFrame, rawWebSocket } from '../support/raw-socket';
import { firstSymbols } from '../support/symbols';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { type TestClient, connectClient } from '../support/ws-client';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];

/** A ping map with a `__proto__` key, written by hand (encoders would not write one). */
const PROTO_KEY_PING = Buffer.from([
  0x83,
  ...[0xa9, ...Buffer.from('__proto__')],
  ...[0x81, 0xa8, ...Buffer.from('polluted'), 0xc3],
  ...[0xa2, ...Buffer.from('op'), 0xa4, ...Buffer.from('ping')],
  ...[0xa2, ...Buffer.from('id'), 0xa1, ...Buffer.from('p')],
]);

describe('the MessagePack subprotocol under hostile input and load', () => {
  let app: TestApp;
  let token: string;
  const open: TestClient[] = [];

  async function binaryClient(): Promise<TestClient> {
    const client = await connectClient(app.wsUrl, token, { protocols: [SUBPROTOCOL_MSGPACK] });
    open.push(client);
    return client;
  }

  beforeAll(async () => {
    app = await startTestApp({
      // 500 symbols at 20 ticks/s each: a paused reader of all of them fills the kernel's
      // buffers and then the high watermark within seconds.
      FEED_SYMBOLS: firstSymbols(500),
      FEED_TICKS_PER_SECOND: '10000',
      SLOW_CONSUMER_GRACE_MS: '1000',
      WS_MESSAGES_PER_SECOND: '200',
      WS_MESSAGE_BURST: '200',
    });
    token = await demoToken(app.url);
  });

  afterAll(async () => {
    await Promise.all(open.map((client) => client.close()));
    await app.close();
  });

  it.each([
    ['a truncated map', Buffer.from([0x82, 0xa2, 0x6f, 0x70]), 'not valid MessagePack'],
    ['a 4 GiB array header', Buffer.from([0xdd, 0xff, 0xff, 0xff, 0xff]), 'not valid MessagePack'],
    ['a 2 GiB string header', Buffer.from([0xdb, 0x7f, 0xff, 0xff, 0xff]), 'not valid MessagePack'],
    [
      '1,000 nested arrays',
      Buffer.from([...Array(1000).fill(0x91), 0xc0]),
      'not valid MessagePack',
    ],
    ['bytes that are no MessagePack', Buffer.from([0xc1, 0xc1]), 'not valid MessagePack'],
    ['an array', encodeClientMessage([1, 2] as never), 'must be a MessagePack map'],
  ])('answers %s with BAD_REQUEST and keeps serving', async (_name, frame, message) => {
    const client = await binaryClient();
    const answer = client.nextOp('error');
    client.send(frame);
    expect((await answer).msg).toMatchObject({ code: ErrorCode.BadRequest });
    expect((await answer).msg.message).toContain(message);
    expect(await client.request({ op: 'ping', id: 'alive' }, 'pong')).toMatchObject({
      id: 'alive',
    });
  });

  it('answers wrong field types with the same precise message as JSON, carrying the id', async () => {
    const client = await binaryClient();
    const reply = await client.request(
      { op: 'subscribe', id: 'w', channel: 5, symbols: SYMBOLS } as never,
      'error',
    );
    expect(reply).toEqual({
      op: 'error',
      id: 'w',
      code: ErrorCode.BadRequest,
      message: '"channel" must be one of quotes, bars',
    });
  });

  it('refuses text frames on a binary connection', async () => {
    const client = await binaryClient();
    const answer = client.nextOp('error');
    client.send(JSON.stringify({ op: 'ping', id: 'text' }));
    expect((await answer).msg).toMatchObject({
      code: ErrorCode.BadRequest,
      message: 'text frames are not accepted: this connection speaks MessagePack',
    });
  });

  it('refuses a __proto__ key, and no prototype is polluted', async () => {
    const client = await binaryClient();
    const answer = client.nextOp('error');
    client.send(PROTO_KEY_PING);
    expect((await answer).msg).toMatchObject({
      code: ErrorCode.BadRequest,
      message: expect.stringContaining('the map key "__proto__" is refused'),
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the throttle: no symbol is sent twice within throttleMs - 5', async () => {
    const client = await binaryClient();
    const throttleMs = 200;
    await client.request(
      { op: 'subscribe', id: 't', channel: 'quotes', symbols: SYMBOLS, throttleMs },
      'subscribed',
    );
    await waitFor(() => client.updates('quotes').length >= 30, 10_000, '30 update frames');
    const sentAt = new Map<string, number[]>();
    for (const frame of client.updates('quotes')) {
      for (const quote of frame.msg.data) {
        sentAt.set(quote.symbol, [...(sentAt.get(quote.symbol) ?? []), frame.msg.t]);
      }
    }
    const gaps = [...sentAt.values()].flatMap((times) =>
      times.slice(1).map((t, i) => t - times[i]),
    );
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(throttleMs - 5);
  });

  it('closes a binary reader that stops reading as a slow consumer', async () => {
    const gateway = app.app.get(GatewayServer);
    const before = new Set(gateway.connectionSummaries().map((c) => c.id));
    const socket = await rawWebSocket(app.wsUrl, token, SUBPROTOCOL_MSGPACK);
    socket.pause();
    const symbols = app.feed
      .instruments()
      .map((i) => i.symbol)
      .slice(0, 500);
    socket.write(
      maskedBinaryFrame(
        encodeClientMessage({
          op: 'subscribe',
          id: 's',
          channel: 'quotes',
          symbols,
          throttleMs: 50,
        }),
      ),
    );
    const paused = () => gateway.connectionSummaries().find((c) => !before.has(c.id));
    await waitFor(() => paused() !== undefined, 5000, 'the paused connection');
    const id = paused()?.id;
    await waitFor(
      () => Boolean(gateway.connectionSummaries().find((c) => c.id === id)?.blockedSince),
      60_000,
      'the paused connection to go above the high watermark',
    );
    await waitFor(
      () => !gateway.connectionSummaries().some((c) => c.id === id),
      15_000,
      'the slow consumer to be closed',
    );
    const closes = await app.metrics.closes.get();
    const tryAgainLater = closes.values.find(
      (v) => v.labels.code === String(CloseCode.TryAgainLater),
    );
    expect(tryAgainLater?.value).toBeGreaterThanOrEqual(1);
    socket.destroy();
  }, 90_000);
});
