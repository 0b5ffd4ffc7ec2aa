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
  // valibot's object schema takes arrays for objects; the protocol does not.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidFrame('the frame must be a JSON object');
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

/** An optional number, clamped to [min, max] and rounded (the schema checked it is finite). */
export function clamp(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
