import { decodeClientMessage } from '../schemas';
import {
  MsgpackDecodeError,
  decodeClientFrame,
  decodeServerMessage,
  encodeClientMessage,
  encodeMessage,
} from './index';
import { everyServerMessage, sampleQuotes } from './testing/messages';

const bytes = (...values: number[]) => Uint8Array.from(values);
const QUOTES_UPDATE = encodeMessage({
  op: 'update',
  channel: 'quotes',
  t: 1764043200503,
  data: sampleQuotes(3),
});

/** The decoder's error for these bytes (fails the test when it does not throw one). */
function decodeError(
  input: Uint8Array,
  decode: (input: Uint8Array) => unknown = decodeServerMessage,
): MsgpackDecodeError {
  try {
    decode(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MsgpackDecodeError);
    expect((error as Error).name).toBe('MsgpackDecodeError');
    return error as MsgpackDecodeError;
  }
  throw new Error('decoded without an error');
}

describe('malformed binary frames', () => {
  it('refuses every truncation of a frame with a MsgpackDecodeError', () => {
    for (const message of everyServerMessage()) {
      const frame = encodeMessage(message);
      for (let cut = 0; cut < frame.length; cut++) decodeError(frame.subarray(0, cut));
    }
  });

  it('says where the message ends too early', () => {
    expect(decodeError(QUOTES_UPDATE.subarray(0, 40)).message).toMatch(
      /ends too early.* at byte \d+$/,
    );
  });

  it('refuses trailing bytes after the message', () => {
    const frame = Uint8Array.from([...QUOTES_UPDATE, 0xc0]);
    expect(decodeError(frame).message).toBe(
      '1 unexpected bytes after the message at byte ' + QUOTES_UPDATE.length,
    );
  });

  it.each([
    ['a huge array', bytes(0xdd, 0xff, 0xff, 0xff, 0xff, 0x01), /array of 4294967295 entries/],
    ['a huge map', bytes(0xdf, 0x7f, 0xff, 0xff, 0xff), /map of 2147483647 entries/],
    [
      'a huge string',
      bytes(0x81, 0xa2, 0x6f, 0x70, 0xdb, 0x7f, 0xff, 0xff, 0xff),
      /string of 2147483647 bytes/,
    ],
    ['an unknown frame type', bytes(0x92, 0x09, 0x90), /unknown frame type 9/],
    [
      'a frame type that is not a number',
      bytes(0x92, 0xa1, 0x31, 0x90),
      /frame type must be a number/,
    ],
    ['a map without op', bytes(0x81, 0xa1, 0x74, 0x01), /must have a string "op"/],
    [
      'an update as a map',
      bytes(0x81, 0xa2, 0x6f, 0x70, 0xa6, ...Buffer.from('update')),
      /arrays in the binary encoding/,
    ],
    ['a bin value', bytes(0xc4, 0x01, 0x00), /bin \(0xc4\) is not used/],
    ['an ext value', bytes(0xd4, 0x01, 0x00), /ext \(0xd4\) is not used/],
    ['the never-used byte', bytes(0xc1), /never-used type 0xc1/],
    ['a number at the top', bytes(0x05), /must be an array \(data\) or a map/],
    ['a non-string map key', bytes(0x81, 0x01, 0x02), /map key must be a string/],
    ['invalid UTF-8', bytes(0x81, 0xa2, 0x6f, 0x70, 0xa2, 0xc3, 0x28), /not valid UTF-8/],
    [
      'an unknown interval',
      bytes(0x94, 0x02, 0xa2, 0x39, 0x6d, 0x01, 0x90),
      /unknown interval "9m"/,
    ],
  ])('refuses %s', (_what, input, message) => {
    expect(decodeError(input).message).toMatch(message);
  });

  it('refuses a quote with a wrong element type, an unknown status or a bad scale', () => {
    const quote = (patch: (fields: number[]) => void) => {
      const frame = Array.from(
        encodeMessage({ op: 'snapshot', channel: 'quotes', data: sampleQuotes(1) }),
      );
      patch(frame);
      return Uint8Array.from(frame);
    };
    // [0x92, 3, 0x91, 0xdc 0x00 0x11, fixstr "AAPL"...]: the symbol's type byte is at 6.
    expect(decodeError(quote((f) => (f[6] = 0x01))).message).toMatch(/symbol must be a string/);
    expect(decodeError(quote((f) => (f[f.length - 1] = 0x07))).message).toMatch(
      /unknown quote status code 7/,
    );
    const scaleAt = QUOTE_SCALE_OFFSET;
    expect(decodeError(quote((f) => (f[scaleAt] = 0x7f))).message).toMatch(
      /price scale must be an integer from 0 to 15 \(got 127\)/,
    );
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    const deep = new Uint8Array(100_000).fill(0x91);
    deep.set([0x81, 0xa1, 0x61]);
    expect(decodeError(deep).message).toMatch(/nested deeper than 8 levels/);
    expect(decodeError(deep, decodeClientFrame).message).toMatch(/nested deeper than 4 levels/);
  });

  it('refuses __proto__ keys and pollutes nothing', () => {
    const polluted = bytes(
      0x82,
      0xa2,
      0x6f,
      0x70,
      0xa1,
      0x78,
      0xa9,
      ...Buffer.from('__proto__'),
      0x81,
      0xa1,
      0x78,
      0x01,
    );
    expect(decodeError(polluted).message).toMatch(/"__proto__" is refused at byte 6$/);
    expect(decodeError(polluted, decodeClientFrame).message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('only ever throws MsgpackDecodeError for random corruption of real frames', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const frames = everyServerMessage().map((message) => encodeMessage(message));
    for (let round = 0; round < 3000; round++) {
      const frame = Uint8Array.from(frames[round % frames.length]);
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--) {
        frame[Math.floor(random() * frame.length)] = Math.floor(random() * 256);
      }
      try {
        decodeServerMessage(frame);
      } catch (error) {
        expect(error).toBeInstanceOf(MsgpackDecodeError);
      }
    }
  });

  it('validates client messages with the protocol schemas', () => {
    const frame = encodeClientMessage({
      op: 'subscribe',
      channel: 'quotes',
      symbols: ['aapl'],
    } as never);
    expect(decodeError(frame, decodeClientMessage).message).toMatch(
      /^invalid client message: symbols\.0: /,
    );
    expect(decodeClientFrame(frame)).toEqual({
      op: 'subscribe',
      channel: 'quotes',
      symbols: ['aapl'],
    });
  });
});

/** Offset of the price scale in a one-quote snapshot of "AAPL" (seq 8812, ts > 2^32). */
const QUOTE_SCALE_OFFSET = 3 + 3 + 5 + 3 + 9;
