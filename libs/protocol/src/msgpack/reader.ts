import { DECODE_LIMITS, type DecodeLimits } from './constants';
import { MsgpackDecodeError } from './errors';

// Structural types: the gateway compiles without the DOM lib, where these are values only.
let textDecoder: { decode(input: Uint8Array): string } | undefined;
const TWO_32 = 2 ** 32;

/** Names of the formats this protocol never uses, for the error message. */
function unsupported(type: number): string | null {
  if (type === 0xc1) return 'the never-used type 0xc1';
  if (type >= 0xc4 && type <= 0xc6) return 'bin';
  if ((type >= 0xc7 && type <= 0xc9) || (type >= 0xd4 && type <= 0xd8)) return 'ext';
  return null;
}

/**
 * A bounded MessagePack reader over untrusted bytes: every length is checked against the bytes
 * left and the limits before anything is allocated, nesting is capped, maps become plain objects
 * whose keys must be strings other than `__proto__`. Every problem throws MsgpackDecodeError
 * naming the byte offset. No `eval`/`new Function`, so it runs under a strict CSP.
 */
export class MsgpackReader {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  pos = 0;

  constructor(
    input: Uint8Array | ArrayBuffer,
    readonly limits: DecodeLimits = DECODE_LIMITS,
  ) {
    this.bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  fail(message: string, at = this.pos): never {
    throw new MsgpackDecodeError(`${message} at byte ${at}`);
  }

  /** Throws unless every byte was read. */
  end(): void {
    const left = this.bytes.length - this.pos;
    if (left > 0) this.fail(`${left} unexpected bytes after the message`);
  }

  /** Any value, as JSON.parse would give it for the same content. */
  value(depth = 0): unknown {
    const at = this.pos;
    const type = this.byte();
    if (type < 0x80) return type;
    if (type >= 0xe0) return type - 0x100;
    if (type <= 0x8f) return this.map(type & 0x0f, depth, at);
    if (type <= 0x9f) return this.array(type & 0x0f, depth, at);
    if (type <= 0xbf) return this.utf8(type & 0x1f);
    switch (type) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xd9:
        return this.utf8(this.uint(1));
      case 0xda:
        return this.utf8(this.uint(2));
      case 0xdb:
        return this.utf8(this.uint(4));
      case 0xdc:
        return this.array(this.uint(2), depth, at);
      case 0xdd:
        return this.array(this.uint(4), depth, at);
      case 0xde:
        return this.map(this.uint(2), depth, at);
      case 0xdf:
        return this.map(this.uint(4), depth, at);
    }
    this.pos = at;
    const number = this.tryNumber();
    if (number !== undefined) return number;
    return this.fail(
      `${unsupported(type) ?? 'unknown type'} (0x${type.toString(16)}) is not used by the protocol`,
      at,
    );
  }

  /** The next value if it is a number (any integer or float format), else undefined (pos kept). */
  tryNumber(): number | undefined {
    const at = this.pos;
    const type = this.byte();
    if (type < 0x80) return type;
    if (type >= 0xe0) return type - 0x100;
    switch (type) {
      case 0xcc:
        return this.uint(1);
      case 0xcd:
        return this.uint(2);
      case 0xce:
        return this.uint(4);
      case 0xcf:
        return this.uint(4) * TWO_32 + this.uint(4);
      case 0xd0:
        return this.view.getInt8(this.take(1));
      case 0xd1:
        return this.view.getInt16(this.take(2));
      case 0xd2:
        return this.view.getInt32(this.take(4));
      case 0xd3:
        return Number(this.view.getBigInt64(this.take(8)));
      case 0xca:
        return this.view.getFloat32(this.take(4));
      case 0xcb:
        return this.view.getFloat64(this.take(8));
    }
    this.pos = at;
    return undefined;
  }

  /** True when the next value is a float (0xca, 0xcb): a literal value, not a mantissa. */
  nextIsFloat(): boolean {
    const type = this.bytes[this.pos];
    return type === 0xcb || type === 0xca;
  }

  /** The next value's format byte, or -1 at the end (not consumed). */
  peek(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos] : -1;
  }

  /** The header of an array (any array format); its length, bounded. */
  arrayHeader(what: string): number {
    const at = this.pos;
    const type = this.byte();
    let count: number;
    if (type >= 0x90 && type <= 0x9f) count = type & 0x0f;
    else if (type === 0xdc) count = this.uint(2);
    else if (type === 0xdd) count = this.uint(4);
    else return this.fail(`${what} must be an array (got type 0x${type.toString(16)})`, at);
    this.checkCount(count, this.limits.maxArrayLength, 'array', at);
    return count;
  }

  private array(count: number, depth: number, at: number): unknown[] {
    this.checkCount(count, this.limits.maxArrayLength, 'array', at);
    this.checkDepth(depth, at);
    const items = new Array<unknown>(count);
    for (let i = 0; i < count; i++) items[i] = this.value(depth + 1);
    return items;
  }

  private map(count: number, depth: number, at: number): Record<string, unknown> {
    this.checkCount(count, this.limits.maxMapLength, 'map', at);
    this.checkDepth(depth, at);
    const map: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const keyAt = this.pos;
      const key = this.string('a map key');
      if (key === '__proto__') this.fail('the map key "__proto__" is refused', keyAt);
      map[key] = this.value(depth + 1);
    }
    return map;
  }

  /** The next value, which must be a string. */
  string(what: string): string {
    const at = this.pos;
    const type = this.byte();
    if (type >= 0xa0 && type <= 0xbf) return this.utf8(type & 0x1f);
    if (type === 0xd9) return this.utf8(this.uint(1));
    if (type === 0xda) return this.utf8(this.uint(2));
    if (type === 0xdb) return this.utf8(this.uint(4));
    return this.fail(`${what} must be a string (got type 0x${type.toString(16)})`, at);
  }

  /** The next value, which must be a number. */
  number(what: string): number {
    const at = this.pos;
    const value = this.tryNumber();
    if (value === undefined)
      this.fail(`${what} must be a number (got type 0x${this.bytes[at].toString(16)})`, at);
    return value;
  }

  /** A UTF-8 string of `size` bytes. */
  utf8(size: number): string {
    const at = this.pos;
    if (size > this.limits.maxStringBytes) {
      this.fail(`a string of ${size} bytes exceeds the limit of ${this.limits.maxStringBytes}`, at);
    }
    const start = this.take(size);
    const bytes = this.bytes;
    if (size < 24) {
      // Short ASCII (symbols, ops, codes) without the decoder's call overhead.
      let text = '';
      for (let i = start; i < start + size; i++) {
        const code = bytes[i];
        if (code > 0x7f) return this.decodeUtf8(start, size, at);
        text += String.fromCharCode(code);
      }
      return text;
    }
    return this.decodeUtf8(start, size, at);
  }

  private decodeUtf8(start: number, size: number, at: number): string {
    try {
      textDecoder ??= new TextDecoder('utf-8', { fatal: true });
      return textDecoder.decode(this.bytes.subarray(start, start + size));
    } catch {
      return this.fail('a string is not valid UTF-8', at);
    }
  }

  private checkCount(count: number, limit: number, kind: string, at: number): void {
    if (count > limit)
      this.fail(`an ${kind} of ${count} entries exceeds the limit of ${limit}`, at);
    // Every entry takes at least one byte: a longer count is a lie (or a truncated frame).
    const left = this.bytes.length - this.pos;
    if (count > left)
      this.fail(`an ${kind} of ${count} entries cannot fit in the ${left} bytes left`, at);
  }

  private checkDepth(depth: number, at: number): void {
    if (depth >= this.limits.maxDepth)
      this.fail(`nested deeper than ${this.limits.maxDepth} levels`, at);
  }

  byte(): number {
    if (this.pos >= this.bytes.length) this.fail('the message ends too early');
    return this.bytes[this.pos++];
  }

  private uint(size: number): number {
    const at = this.take(size);
    if (size === 1) return this.bytes[at];
    if (size === 2) return this.view.getUint16(at);
    return this.view.getUint32(at);
  }

  /** Reserves `size` bytes; returns their offset. */
  private take(size: number): number {
    const at = this.pos;
    if (size > this.bytes.length - at) {
      this.fail(
        `the message ends too early (${size} bytes needed, ${this.bytes.length - at} left)`,
      );
    }
    this.pos = at + size;
    return at;
  }
}
