import { MsgpackEncodeError } from './errors';
import { MsgpackWriter } from './writer';

/** Deeper than any protocol message; stops a cycle before the stack does. */
const MAX_ENCODE_DEPTH = 16;

/**
 * Writes a JSON-like value the way JSON.stringify would see it: objects become maps of their own
 * enumerable keys (an `undefined` member is left out), arrays become arrays (`undefined` as nil),
 * numbers as in `MsgpackWriter.number`. Anything JSON cannot carry either is refused.
 */
export function writeValue(writer: MsgpackWriter, value: unknown, depth = 0): void {
  if (depth > MAX_ENCODE_DEPTH) {
    throw new MsgpackEncodeError(`nested deeper than ${MAX_ENCODE_DEPTH} (a cycle?)`);
  }
  switch (typeof value) {
    case 'string':
      return writer.string(value);
    case 'number':
      return writer.number(value);
    case 'boolean':
      return writer.bool(value);
    case 'undefined':
      return writer.nil();
    case 'object':
      if (value === null) return writer.nil();
      if (Array.isArray(value)) {
        writer.arrayHeader(value.length);
        for (const item of value) writeValue(writer, item, depth + 1);
        return;
      }
      return writeMap(writer, value as Record<string, unknown>, depth);
    default:
      throw new MsgpackEncodeError(`a ${typeof value} cannot be encoded`);
  }
}

function writeMap(writer: MsgpackWriter, map: Record<string, unknown>, depth: number): void {
  const keys = Object.keys(map).filter((key) => map[key] !== undefined);
  writer.mapHeader(keys.length);
  for (const key of keys) {
    writer.string(key);
    writeValue(writer, map[key], depth + 1);
  }
}

const messageWriter = new MsgpackWriter(256);

/** A JSON-like value as one MessagePack value (a copy: the writer is reused). */
export function encodeWith(value: unknown): Uint8Array {
  const writer = messageWriter.reset();
  writeValue(writer, value);
  return writer.finish();
}
