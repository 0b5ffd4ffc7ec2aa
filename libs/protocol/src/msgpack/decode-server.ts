import { type ServerMessage } from '../messages';
import { DECODE_LIMITS, type DecodeLimits, FrameType } from './constants';
import { readBars, readInterval, readQuotes } from './decode-data';
import { MsgpackReader } from './reader';

/**
 * One binary frame of the server as the same ServerMessage its JSON frame gives: data frames
 * (arrays) are read positionally and checked element by element; every other message is a map
 * with a string `op`, returned as is (like JSON.parse; unknown ops are the caller's to ignore).
 * Throws MsgpackDecodeError on anything else.
 */
export function decodeServerMessage(
  input: Uint8Array | ArrayBuffer,
  limits: DecodeLimits = DECODE_LIMITS,
): ServerMessage {
  const reader = new MsgpackReader(input, limits);
  const first = reader.peek();
  const message =
    (first >= 0x90 && first <= 0x9f) || first === 0xdc || first === 0xdd
      ? readDataFrame(reader)
      : readOpMap(reader);
  reader.end();
  return message;
}

function readDataFrame(reader: MsgpackReader): ServerMessage {
  const length = reader.arrayHeader('a data frame');
  const at = reader.pos;
  const type = reader.number('the frame type');
  const expect = (elements: number) => {
    if (length < elements) {
      reader.fail(`a frame of type ${type} must have ${elements} elements, not ${length}`, at);
    }
  };
  const message = readFrameOfType(reader, type, at, expect);
  // Elements a later version may append after the items.
  for (let i = 0; i < length - elementsOf(message); i++) reader.value(reader.limits.maxDepth - 1);
  return message;
}

function elementsOf(message: ServerMessage): number {
  if (message.op === 'update') return message.channel === 'quotes' ? 3 : 4;
  return message.op === 'snapshot' && message.channel === 'quotes' ? 2 : 4;
}

function readFrameOfType(
  reader: MsgpackReader,
  type: number,
  at: number,
  expect: (elements: number) => void,
): ServerMessage {
  switch (type) {
    case FrameType.QuotesUpdate: {
      expect(3);
      const t = reader.number('t');
      return { op: 'update', channel: 'quotes', t, data: readQuotes(reader) };
    }
    case FrameType.BarsUpdate: {
      expect(4);
      const interval = readInterval(reader);
      const t = reader.number('t');
      return { op: 'update', channel: 'bars', interval, t, data: readBars(reader) };
    }
    case FrameType.QuotesSnapshot:
      expect(2);
      return { op: 'snapshot', channel: 'quotes', data: readQuotes(reader) };
    case FrameType.BarsSnapshot: {
      expect(4);
      const interval = readInterval(reader);
      const symbol = reader.string('the symbol');
      return { op: 'snapshot', channel: 'bars', interval, symbol, data: readBars(reader) };
    }
    default:
      return reader.fail(`unknown frame type ${type}`, at);
  }
}

function readOpMap(reader: MsgpackReader): ServerMessage {
  const at = reader.pos;
  const value = reader.value();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reader.fail('a message must be an array (data) or a map with an "op"', at);
  }
  const op = (value as Record<string, unknown>)['op'];
  if (typeof op !== 'string' || op === '') reader.fail('a message map must have a string "op"', at);
  if (op === 'update' || op === 'snapshot') {
    reader.fail(`"${op}" messages are arrays in the binary encoding, not maps`, at);
  }
  return value as unknown as ServerMessage;
}
