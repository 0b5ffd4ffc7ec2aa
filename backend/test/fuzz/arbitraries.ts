import * as fc from 'fast-check';

/** The catalog the fuzzed gateway runs with (TEST_ENV's FEED_SYMBOLS), plus near misses. */
const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];
const NEAR_SYMBOLS = ['NOPE', 'aapl', 'AAPL ', '', 'EUR%2FUSD', '../etc', 'A'.repeat(40), '\u0000'];
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
];
const FIELDS = [
  'op',
  'id',
  'channel',
  'interval',
  'symbols',
  'throttleMs',
  'historyLimit',
  'align',
  't',
  'token',
];

/** Largest frame the generators make; the gateway's WS_MAX_PAYLOAD_BYTES is 65536. */
export const MAX_FRAME_BYTES = 65_000;

/** JSON text of any value, including the literals JSON.stringify never writes. */
const hugeNumber = fc.oneof(
  fc.constantFrom(
    '1e308',
    '-1e308',
    '1e400',
    '-1e400',
    '-0',
    '5e-324',
    '9007199254740993',
    '123456789012345678901234567890123456789',
    '0.1e-999999',
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
  fc.bigInt().map(String),
);

const longString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 64, max: 20_000 }))
  .map(([unit, length]) => JSON.stringify(unit.repeat(Math.ceil(length / unit.length))));

const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 9_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? '['.repeat(depth) + ']'.repeat(depth)
      : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

const hostileObject = fc
  .array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...FIELDS), fc.jsonValue({ maxDepth: 2 })), {
    maxLength: 4,
  })
  .map(
    (entries) =>
      `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
  );

/** Any JSON value's text, with a bias to what breaks parsers and validators. */
const anyValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hostileObject },
);

const str = (s: fc.Arbitrary<string>) => s.map((v) => JSON.stringify(v));

/** Per field: plausible values (so that requests get deep into the gateway) or anything. */
const FIELD_VALUES: Record<string, fc.Arbitrary<string>> = {
  op: fc.oneof(
    str(fc.constantFrom('subscribe', 'unsubscribe', 'ping', 'auth', 'hello', 'SUBSCRIBE', '')),
    anyValue,
  ),
  id: fc.oneof(
    { weight: 4, arbitrary: str(fc.string({ minLength: 0, maxLength: 70, unit: 'binary' })) },
    { weight: 1, arbitrary: anyValue },
  ),
  channel: fc.oneof(str(fc.constantFrom('quotes', 'bars', 'trades', 'QUOTES')), anyValue),
  interval: fc.oneof(str(fc.constantFrom('1s', '1m', '5m', '7m', '1M', '')), anyValue),
  symbols: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .array(fc.constantFrom(...SYMBOLS, ...NEAR_SYMBOLS), { maxLength: 12 })
        .map((list) => JSON.stringify(list)),
    },
    { weight: 1, arbitrary: fc.array(anyValue, { maxLength: 5 }).map((l) => `[${l.join(',')}]`) },
    { weight: 1, arbitrary: anyValue },
  ),
  throttleMs: fc.oneof(fc.integer({ min: -10, max: 120_000 }).map(String), hugeNumber, anyValue),
  historyLimit: fc.oneof(fc.integer({ min: -10, max: 2_000 }).map(String), hugeNumber, anyValue),
  align: fc.oneof(fc.constantFrom('true', 'false'), anyValue),
  t: fc.oneof(fc.integer().map(String), hugeNumber, anyValue),
  token: fc.oneof(str(fc.string({ maxLength: 300 })), anyValue),
};

/** A request object: known fields (each maybe missing), hostile extra keys, duplicates. */
const requestText = fc
  .tuple(
    fc.record(FIELD_VALUES, { requiredKeys: [] }),
    fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...FIELDS), anyValue), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([fields, extra, extraFirst]) => {
    const own = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
    const more = extra.map(([k, v]) => `${JSON.stringify(k)}:${v}`);
    return `{${(extraFirst ? [...more, ...own] : [...own, ...more]).join(',')}}`;
  });

/** The text of a fuzzed frame: mostly request-shaped, also any JSON, truncated JSON, any text. */
export const frameText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 8, arbitrary: requestText },
    { weight: 2, arbitrary: anyValue },
    {
      weight: 1,
      arbitrary: fc
        .tuple(requestText, fc.nat())
        .map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  )
  .filter((text) => Buffer.byteLength(text) <= MAX_FRAME_BYTES);

export interface FuzzFrame {
  text: string;
  /** Sent as a binary frame (the gateway answers BAD_REQUEST). */
  binary: boolean;
  /** Fragments the message is split into, at byte offsets (the gateway sees one message). */
  cuts: number[];
}

export const fuzzFrame: fc.Arbitrary<FuzzFrame> = fc.record({
  text: frameText,
  binary: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  cuts: fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 })
    .map((c) => c.sort((a, b) => a - b)),
});

// ---- frames that break the WebSocket framing itself (each ends its connection) ----

/** Bytes that are not UTF-8: overlong forms, surrogates, stray continuations, > U+10FFFF. */
const INVALID_UTF8 = [
  [0xff],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

export interface BadFrame {
  kind: string;
  bytes: Buffer;
}

export function wireFrame(
  opcode: number,
  payload: Buffer,
  options: { fin?: boolean; rsv?: number; masked?: boolean; declaredLength?: number } = {},
): Buffer {
  const length = options.declaredLength ?? payload.length;
  const masked = options.masked ?? true;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const head = Buffer.alloc(header + (masked ? 4 : 0));
  head[0] = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | opcode;
  const maskBit = masked ? 0x80 : 0;
  if (length < 126) head[1] = maskBit | length;
  else if (length < 65536) {
    head[1] = maskBit | 126;
    head.writeUInt16BE(length, 2);
  } else {
    head[1] = maskBit | 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!masked) return Buffer.concat([head, payload]);
  const mask = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
  mask.copy(head, header);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] ^= mask[i % 4];
  return Buffer.concat([head, body]);
}

const jsonPrefix = fc.constantFrom('{"op":"ping","id":"', '{"op":"subscribe","symbols":["', '"');

export const badFrame: fc.Arbitrary<BadFrame> = fc.oneof(
  fc
    .tuple(jsonPrefix, fc.constantFrom(...INVALID_UTF8), fc.nat({ max: 3 }), fc.boolean())
    .map(([prefix, bad, pieces, fragmented]) => {
      const payload = Buffer.concat([Buffer.from(prefix), Buffer.from(bad), Buffer.from('"}')]);
      if (!fragmented || pieces === 0)
        return { kind: 'invalid UTF-8', bytes: wireFrame(0x1, payload) };
      const cut = Math.min(prefix.length + 1, payload.length - 1);
      return {
        kind: 'invalid UTF-8, fragmented',
        bytes: Buffer.concat([
          wireFrame(0x1, payload.subarray(0, cut), { fin: false }),
          wireFrame(0x0, payload.subarray(cut)),
        ]),
      };
    }),
  fc.constant({ kind: 'unmasked', bytes: wireFrame(0x1, Buffer.from('{}'), { masked: false }) }),
  fc
    .integer({ min: 1, max: 7 })
    .map((rsv) => ({ kind: 'reserved bits', bytes: wireFrame(0x1, Buffer.from('{}'), { rsv }) })),
  fc
    .constantFrom(3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf)
    .map((opcode) => ({ kind: 'reserved opcode', bytes: wireFrame(opcode, Buffer.from('x')) })),
  fc.constant({ kind: 'continuation first', bytes: wireFrame(0x0, Buffer.from('{}')) }),
  fc.constant({
    kind: 'text inside a fragmented message',
    bytes: Buffer.concat([
      wireFrame(0x1, Buffer.from('{"op"'), { fin: false }),
      wireFrame(0x1, Buffer.from(':"ping"}')),
    ]),
  }),
  fc.constant({
    kind: 'fragmented ping',
    bytes: wireFrame(0x9, Buffer.from('abc'), { fin: false }),
  }),
  fc.integer({ min: 126, max: 300 }).map((n) => ({
    kind: 'control frame over 125 bytes',
    bytes: wireFrame(0x9, Buffer.alloc(n, 0x61)),
  })),
  fc.integer({ min: 65_537, max: 2 ** 40 }).map((declaredLength) => ({
    kind: 'over the payload limit',
    bytes: wireFrame(0x1, Buffer.alloc(16, 0x20), { declaredLength }),
  })),
  fc.integer({ min: 0, max: 5_000 }).map((code) => {
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    return { kind: `close ${code}`, bytes: wireFrame(0x8, payload) };
  }),
);
