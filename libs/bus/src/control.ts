import { BusMessageError } from './bus-message.error';

/**
 * Market control over the bus: a gateway publishes a request on `tw:{ctl}:control`, the feed
 * process answers on `tw:{ctl}:control-replies` with the request's id (every gateway hears every
 * reply and keeps its own). The command itself is checked by the feed's ScenarioDesk.
 */
export type ControlRequest =
  { id: string; op: 'run'; by: string; command: unknown } | { id: string; op: 'list' };

export type ControlReply =
  | { id: string; ok: true; result: unknown }
  | { id: string; ok: false; error: { name: string; message: string } };

const MAX_ID = 64;

export function encodeControlRequest(request: ControlRequest): string {
  return JSON.stringify(request);
}

export function encodeControlReply(reply: ControlReply): string {
  return JSON.stringify(reply);
}

export function decodeControlRequest(text: string): ControlRequest {
  const message = parseMessage(text, 'control request');
  const id = readId(message);
  if (message['op'] === 'list') return { id, op: 'list' };
  if (message['op'] !== 'run')
    throw new BusMessageError('control request: "op" must be run or list');
  const by = message['by'];
  if (typeof by !== 'string' || by.length === 0 || by.length > 64) {
    throw new BusMessageError('control request: "by" must be a username');
  }
  return { id, op: 'run', by, command: message['command'] };
}

export function decodeControlReply(text: string): ControlReply {
  const message = parseMessage(text, 'control reply');
  const id = readId(message);
  if (message['ok'] === true) return { id, ok: true, result: message['result'] };
  const error = message['error'] as Record<string, unknown> | null | undefined;
  if (
    message['ok'] !== false ||
    typeof error !== 'object' ||
    error === null ||
    typeof error['name'] !== 'string' ||
    typeof error['message'] !== 'string'
  ) {
    throw new BusMessageError('control reply: needs ok: true with a result, or an error');
  }
  return { id, ok: false, error: { name: error['name'], message: error['message'] } };
}

function parseMessage(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BusMessageError(`${what}: not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BusMessageError(`${what}: not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function readId(message: Record<string, unknown>): string {
  const id = message['id'];
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID) {
    throw new BusMessageError('"id" must be a non-empty string of at most 64 characters');
  }
  return id;
}
