import {
  BAR_INTERVALS,
  type BarInterval,
  CHANNELS,
  ErrorCode,
  MAX_REQUEST_ID_LENGTH,
} from '@tickwire/protocol';
import { ClientFrameSchema } from '@tickwire/protocol/schemas';
import * as v from 'valibot';
import { RequestError, badRequest } from './request-error';

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

/**
 * The message of the first wrong field, by field name: the protocol's schemas say what is valid,
 * these say it to the client, as precisely as before the schemas (the protocol tests pin them).
 */
const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  id: `"id" must be a string of 1 to ${MAX_REQUEST_ID_LENGTH} characters`,
  op: '"op" must be a non-empty string',
  channel: `"channel" must be one of ${CHANNELS.join(', ')}`,
  interval: `"interval" must be one of ${BAR_INTERVALS.join(', ')} for the bars channel`,
  symbols: '"symbols" must be a non-empty array of symbols',
  throttleMs: '"throttleMs" must be a number',
  historyLimit: '"historyLimit" must be a number',
  align: '"align" must be true or false',
  t: '"t" must be a number (epoch ms)',
  token: '"token" must be a non-empty string',
};

/** Fields checked after the symbol count: too many symbols is reported before them. */
const AFTER_SYMBOLS: ReadonlySet<string> = new Set(['throttleMs', 'historyLimit', 'align']);

/** Stop at the first issue where the whole message is refused anyway. */
const FIRST_ISSUE = { abortEarly: true } as const;

type Issue = v.BaseIssue<unknown>;

function fieldOf(issue: Issue): string | undefined {
  const key = issue.path?.[0]?.key;
  return typeof key === 'string' ? key : undefined;
}

function fieldError(issue: Issue): RequestError {
  return badRequest(FIELD_MESSAGES[fieldOf(issue) ?? ''] ?? 'the request could not be processed');
}

export function parseClientFrame(text: string): ClientRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidFrame('the frame is not valid JSON');
  }
  return readClientValue(value, 'a JSON object');
}

/** A decoded frame, JSON or MessagePack, as a request; `shape` names what it must be. */
export function readClientValue(value: unknown, shape: string): ClientRequest {
  // valibot's object schema takes arrays for objects; the protocol does not.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidFrame(`the frame must be ${shape}`);
  }
  const body = value as Record<string, unknown>;
  const frame = v.safeParse(ClientFrameSchema, body, FIRST_ISSUE);
  if (!frame.success) {
    // `id` is checked before `op`: when `op` is wrong, the id is usable.
    const field = fieldOf(frame.issues[0]);
    if (field === 'id') throw new InvalidFrame(FIELD_MESSAGES.id);
    throw new InvalidFrame(FIELD_MESSAGES.op, body['id'] as string | undefined);
  }
  return { op: frame.output.op, id: frame.output.id, body };
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

/** Decodes a JSON string of at most MAX_REQUEST_ID_LENGTH characters (6 bytes each when escaped). */
function readIdString(frame: Buffer, start: number, end: number): string | undefined {
  if (end - start - 1 > MAX_REQUEST_ID_LENGTH * 6) return undefined;
  try {
    const value = JSON.parse(frame.toString('utf8', start, end + 1)) as string;
    return value.length > 0 && value.length <= MAX_REQUEST_ID_LENGTH ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A request without symbols (ping, auth), or BAD_REQUEST naming its first wrong field. */
export function readRequest<S extends v.GenericSchema>(
  schema: S,
  body: Record<string, unknown>,
): v.InferOutput<S> {
  const result = v.safeParse(schema, body, FIRST_ISSUE);
  if (!result.success) throw fieldError(result.issues[0]);
  return result.output;
}

/**
 * A request with a `symbols` list (subscribe, unsubscribe). Malformed symbols do not fail it: the
 * valid ones are served and the others reported by name (partial success), so `symbols` comes
 * back as given, deduplicated, in request order. Any other wrong field refuses the request.
 */
export function readSymbolRequest<S extends v.GenericSchema<unknown, { symbols: string[] }>>(
  schema: S,
  body: Record<string, unknown>,
  maxSymbols: number,
): { request: v.InferOutput<S>; symbols: unknown[] } {
  // Every issue is needed here (not only the first): symbol issues must not hide a field's.
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const issue = result.issues.find((candidate) => candidate.path?.length !== 2);
    if (issue) {
      if (AFTER_SYMBOLS.has(fieldOf(issue) ?? ''))
        checkCount(body['symbols'] as unknown[], maxSymbols);
      throw fieldError(issue);
    }
  }
  // Only entries of `symbols` can be wrong here: every other field is as the schema says.
  const request = result.success ? result.output : (body as v.InferOutput<S>);
  const symbols = result.success ? result.output.symbols : (body['symbols'] as unknown[]);
  checkCount(symbols, maxSymbols);
  return { request, symbols: [...new Set(symbols)] };
}

function checkCount(symbols: unknown[], maxSymbols: number): void {
  if (symbols.length > maxSymbols) {
    throw new RequestError(
      ErrorCode.LimitExceeded,
      `at most ${maxSymbols} symbols per request (got ${symbols.length})`,
    );
  }
}

export interface StreamTarget {
  channel: 'quotes' | 'bars';
  interval?: BarInterval;
}

/** The stream a (un)subscribe names, without the request's other fields. */
export function streamTargetOf(
  request: { channel: 'quotes' } | { channel: 'bars'; interval: BarInterval },
): StreamTarget {
  return request.channel === 'bars'
    ? { channel: 'bars', interval: request.interval }
    : { channel: 'quotes' };
}

/**
 * The one rule for numeric limits, on /ws and over HTTP: a number outside the range is clamped
 * into it (rounded to an integer first); only a value that is not a number is refused.
 */
export function clampRounded(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** An optional number field: the fallback when absent, else clamped (the schema checked it). */
export function clampOptional(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  return value === undefined ? fallback : clampRounded(value, min, max);
}
