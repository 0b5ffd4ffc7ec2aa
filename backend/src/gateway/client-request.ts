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
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** An optional boolean field; BAD_REQUEST for anything but true or false. */
export function readOptionalBoolean(body: Record<string, unknown>, field: string): boolean {
  const value = body[field];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw badRequest(`"${field}" must be true or false`);
  return value;
}
