import {
  BAR_INTERVALS,
  type BarInterval,
  CHANNELS,
  type Channel,
  ErrorCode,
} from '@tickwire/protocol';
import { RequestError, badRequest } from './request-error';

const MAX_ID_LENGTH = 64;

/** A frame that parsed as a JSON object with an `op`; `id` kept when it is a usable string. */
export interface ClientRequest {
  op: string;
  id?: string;
  body: Record<string, unknown>;
}

/** A frame that could not become a request; `id` when one could still be read. */
export class InvalidFrame extends RequestError {
  constructor(
    message: string,
    readonly id?: string,
  ) {
    super(ErrorCode.BadRequest, message);
    this.name = 'InvalidFrame';
  }
}

export function parseClientFrame(text: string): ClientRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidFrame('the frame is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidFrame('the frame must be a JSON object');
  }
  const body = value as Record<string, unknown>;
  const rawId = body['id'];
  const idUsable = typeof rawId === 'string' && rawId.length > 0 && rawId.length <= MAX_ID_LENGTH;
  const id = idUsable ? rawId : undefined;
  if (rawId !== undefined && !idUsable) {
    throw new InvalidFrame(`"id" must be a string of 1 to ${MAX_ID_LENGTH} characters`);
  }
  const op = body['op'];
  if (typeof op !== 'string' || op.length === 0) {
    throw new InvalidFrame('"op" must be a non-empty string', id);
  }
  return { op, id, body };
}

/** The ASCII bytes that `peekRequestId` looks at (UTF-8 continuation bytes never match). */
const B = {
  quote: 0x22,
  backslash: 0x5c,
  colon: 0x3a,
  comma: 0x2c,
  openObject: 0x7b,
  openArray: 0x5b,
  closeObject: 0x7d,
  closeArray: 0x5d,
  i: 0x69,
  d: 0x64,
} as const;

/**
 * The top-level `id` of a frame that will not be parsed (dropped by the rate limit), so that its
 * error can still carry it. One pass over the bytes, without decoding or allocating the frame
 * (frames reach here at most `maxPayloadBytes` long): a dropped message must stay cheaper than a
 * parsed one. Reads the same `id` as `parseClientFrame` for well-formed frames, or none.
 */
export function peekRequestId(frame: Buffer): string | undefined {
  let depth = 0;
  let expectKey = false;
  let id: string | undefined;
  for (let i = 0; i < frame.length; i++) {
    const byte = frame[i];
    if (byte === B.quote) {
      const end = stringEnd(frame, i);
      if (end < 0) return undefined;
      if (
        depth === 1 &&
        expectKey &&
        end === i + 3 &&
        frame[i + 1] === B.i &&
        frame[i + 2] === B.d
      ) {
        const colon = skipSpace(frame, end + 1);
        const value = skipSpace(frame, colon + 1);
        const valueEnd =
          frame[colon] === B.colon && frame[value] === B.quote ? stringEnd(frame, value) : -1;
        id = valueEnd < 0 ? undefined : readIdString(frame, value, valueEnd);
      }
      expectKey = false;
      i = end;
    } else if (byte === B.openObject || byte === B.openArray) {
      depth++;
      expectKey = depth === 1 && byte === B.openObject;
    } else if (byte === B.closeObject || byte === B.closeArray) {
      depth--;
    } else if (byte === B.comma) {
      expectKey = depth === 1;
    } else if (byte === B.colon) {
      expectKey = false;
    }
  }
  return id;
}

/** Index of the quote closing the JSON string that opens at `start`, or -1. */
function stringEnd(frame: Buffer, start: number): number {
  for (let i = start + 1; i < frame.length; i++) {
    if (frame[i] === B.backslash) i++;
    else if (frame[i] === B.quote) return i;
  }
  return -1;
}

function skipSpace(frame: Buffer, from: number): number {
  let i = from;
  while (
    i < frame.length &&
    (frame[i] === 0x20 || frame[i] === 0x0a || frame[i] === 0x0d || frame[i] === 0x09)
  )
    i++;
  return i;
}

/** Decodes a JSON string of at most MAX_ID_LENGTH characters (6 bytes each when escaped). */
function readIdString(frame: Buffer, start: number, end: number): string | undefined {
  if (end - start - 1 > MAX_ID_LENGTH * 6) return undefined;
  try {
    const value = JSON.parse(frame.toString('utf8', start, end + 1)) as string;
    return value.length > 0 && value.length <= MAX_ID_LENGTH ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface StreamTarget {
  channel: Channel;
  interval?: BarInterval;
}

export function readStreamTarget(body: Record<string, unknown>): StreamTarget {
  const channel = body['channel'];
  if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) {
    throw badRequest(`"channel" must be one of ${CHANNELS.join(', ')}`);
  }
  if (channel === 'quotes') return { channel };
  const interval = body['interval'];
  if (typeof interval !== 'string' || !(BAR_INTERVALS as readonly string[]).includes(interval)) {
    throw badRequest(`"interval" must be one of ${BAR_INTERVALS.join(', ')} for the bars channel`);
  }
  return { channel: 'bars', interval: interval as BarInterval };
}

/** The `symbols` array, deduplicated, in request order; entries of any type are kept as given. */
export function readSymbolList(body: Record<string, unknown>, maxSymbols: number): unknown[] {
  const symbols = body['symbols'];
  if (!Array.isArray(symbols) || symbols.length === 0) {
    throw badRequest('"symbols" must be a non-empty array of symbols');
  }
  if (symbols.length > maxSymbols) {
    throw new RequestError(
      ErrorCode.LimitExceeded,
      `at most ${maxSymbols} symbols per request (got ${symbols.length})`,
    );
  }
  return [...new Set(symbols)];
}

/**
 * The one rule for numeric limits, on /ws and over HTTP: a number outside the range is clamped
 * into it (rounded to an integer first); only a value that is not a number is refused.
 */
export function clampRounded(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** An optional number field, clamped to [min, max] and rounded; BAD_REQUEST if not a number. */
export function readClampedNumber(
  body: Record<string, unknown>,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = body[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw badRequest(`"${field}" must be a number`);
  }
  return clampRounded(value, min, max);
}

/** An optional boolean field; BAD_REQUEST for anything but true or false. */
export function readOptionalBoolean(body: Record<string, unknown>, field: string): boolean {
  const value = body[field];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw badRequest(`"${field}" must be true or false`);
  return value;
}
