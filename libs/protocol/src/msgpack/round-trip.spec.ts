import { decode, encode } from '@msgpack/msgpack';
import { decodeClientMessage } from '../schemas';
import { type ClientMessage, type ServerMessage } from '../messages';
import {
  decodeServerMessage,
  encodeBarFragment,
  encodeClientMessage,
  encodeMessage,
  encodeQuoteFragment,
  frameHead,
  joinFrame,
  scalesFor,
} from './index';
import { everyServerMessage, sampleBar, sampleQuote, sampleQuotes } from './testing/messages';

/** What a JSON client gets for the same message. */
const viaJson = (message: unknown) => JSON.parse(JSON.stringify(message)) as unknown;

describe('binary encoding round trip', () => {
  it.each(everyServerMessage().map((message) => [message.op, message] as const))(
    'decodes a %s to exactly what JSON.parse gives',
    (_op, message: ServerMessage) => {
      const decoded = decodeServerMessage(encodeMessage(message));
      expect(decoded).toStrictEqual(viaJson(message));
    },
  );

  it('decodes from an ArrayBuffer and from a Uint8Array view at an offset', () => {
    const message = everyServerMessage()[6];
    const bytes = encodeMessage(message);
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(decodeServerMessage(padded.subarray(7))).toStrictEqual(viaJson(message));
    expect(decodeServerMessage(bytes.slice().buffer)).toStrictEqual(viaJson(message));
  });

  const clientMessages: ClientMessage[] = [
    { op: 'subscribe', id: 'r1', channel: 'quotes', symbols: ['AAPL', 'MSFT'], throttleMs: 250 },
    {
      op: 'subscribe',
      id: 'r2',
      channel: 'bars',
      interval: '1m',
      symbols: ['EUR/USD'],
      throttleMs: 250,
      historyLimit: 300,
      align: true,
    },
    { op: 'unsubscribe', id: 'r3', channel: 'bars', interval: '5m', symbols: ['BTC-USD'] },
    { op: 'ping', id: 'r4', t: 1764043200000.25 },
    { op: 'auth', id: 'r5', token: 'eyJhbGciOiJIUzI1NiJ9.e30.' + 'x'.repeat(300) },
  ];
  it.each(clientMessages.map((message) => [message.op, message] as const))(
    'round-trips a client %s through encodeClientMessage and decodeClientMessage',
    (_op, message: ClientMessage) => {
      expect(decodeClientMessage(encodeClientMessage(message))).toStrictEqual(viaJson(message));
    },
  );
});

describe('a standard MessagePack library (@msgpack/msgpack) reading our frames', () => {
  it.each(everyServerMessage().map((message) => [message.op, message] as const))(
    'reads a %s as protocol.md describes it',
    (_op, message: ServerMessage) => {
      const generic = decode(encodeMessage(message));
      if (message.op !== 'update' && message.op !== 'snapshot') {
        expect(generic).toStrictEqual(viaJson(message));
        return;
      }
      const frame = generic as unknown[];
      const types = { update: { quotes: 1, bars: 2 }, snapshot: { quotes: 3, bars: 4 } };
      expect(frame[0]).toBe(types[message.op][message.channel]);
      const items = frame[frame.length - 1] as number[][];
      expect(items.map((item) => item[0])).toEqual(message.data.map((item) => item.symbol));
      // A price is its integer mantissa over 10^P: `last` of a quote, `close` of a bar.
      const [at, scaleAt] = message.channel === 'quotes' ? [7, 3] : [7, 2];
      const prices = message.data.map((item) => ('last' in item ? item.last : item.close));
      expect(items.map((item) => item[at] / 10 ** item[scaleAt])).toEqual(prices);
    },
  );

  it('reads a client request that the gateway then decodes the same', () => {
    const request = encode({ op: 'subscribe', id: 'r1', channel: 'quotes', symbols: ['AAPL'] });
    expect(decodeClientMessage(request)).toStrictEqual({
      op: 'subscribe',
      id: 'r1',
      channel: 'quotes',
      symbols: ['AAPL'],
    });
  });
});

describe('frames joined from pre-encoded fragments', () => {
  it('are byte for byte what encodeMessage builds', () => {
    const quotes = sampleQuotes(50);
    const joined = joinFrame(
      frameHead({ op: 'update', channel: 'quotes', t: 1764043200503 }),
      quotes.map((quote) => encodeQuoteFragment(quote)),
    );
    const message = { op: 'update', channel: 'quotes', t: 1764043200503, data: quotes } as const;
    expect(joined).toEqual(encodeMessage(message));
    expect(decodeServerMessage(joined)).toStrictEqual(viaJson(message));
  });

  it.each([0, 1, 15, 16, 65_535, 65_536])(
    'hold %i items behind the right array header',
    (count) => {
      const piece = encodeBarFragment(sampleBar(0), { price: 2, size: 0 });
      const head = frameHead({ op: 'snapshot', channel: 'bars', interval: '5m', symbol: 'AAPL' });
      const frame = joinFrame(
        head,
        Array.from({ length: count }, () => piece),
      );
      const header = frame[head.length];
      expect(header).toBe(count < 16 ? 0x90 + count : count < 65_536 ? 0xdc : 0xdd);
      const decoded = decodeServerMessage(frame, {
        maxDepth: 8,
        maxStringBytes: 100,
        maxArrayLength: 100_000,
        maxMapLength: 16,
      });
      expect(decoded.op === 'snapshot' && decoded.data.length).toBe(count);
    },
  );

  it('take the instrument scales and give back the same quote', () => {
    const quote = sampleQuote(1); // EUR/USD: tick 0.00001, lot 1000
    const fragment = encodeQuoteFragment(quote, scalesFor({ tickSize: 0.00001, lotSize: 1000 }));
    const frame = joinFrame(frameHead({ op: 'snapshot', channel: 'quotes' }), [fragment]);
    expect(decodeServerMessage(frame)).toStrictEqual({
      op: 'snapshot',
      channel: 'quotes',
      data: [viaJson(quote)],
    });
  });

  it('cost at most half the bytes of JSON for an update of 50 quotes', () => {
    const message = { op: 'update', channel: 'quotes', t: 1764043200503, data: sampleQuotes(50) };
    const json = Buffer.byteLength(JSON.stringify(message));
    const binary = encodeMessage(message as ServerMessage).length;
    expect(binary / json).toBeLessThanOrEqual(0.5);
  });
});
