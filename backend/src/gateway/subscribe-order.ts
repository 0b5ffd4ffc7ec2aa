import { type ConnectionLimits } from '@tickwire/protocol';
import { SubscribeRequestSchema } from '@tickwire/protocol/schemas';
import {
  type ClientRequest,
  type StreamTarget,
  clampOptional,
  readSymbolRequest,
  streamTargetOf,
} from './client-request';

/** What a subscribe asked for, clamped to the plan, carried to its synchronous end. */
export interface SubscribeOrder {
  id: string | undefined;
  target: StreamTarget;
  throttleMs: number;
  /** 0 for quotes. */
  historyLimit: number;
  align: boolean;
  /** As requested: screened against the catalog and the plan afterwards. */
  symbols: unknown[];
}

/** Reads a subscribe's fields; throws RequestError with the protocol's message when one is wrong. */
export function readSubscribeOrder(
  request: ClientRequest,
  limits: ConnectionLimits,
): SubscribeOrder {
  const { request: fields, symbols } = readSymbolRequest(
    SubscribeRequestSchema,
    request.body,
    limits.maxSymbolsPerRequest,
  );
  return {
    id: request.id,
    target: streamTargetOf(fields),
    throttleMs: clampOptional(
      fields.throttleMs,
      limits.defaultThrottleMs,
      limits.minThrottleMs,
      limits.maxThrottleMs,
    ),
    historyLimit:
      fields.channel === 'bars'
        ? clampOptional(fields.historyLimit, limits.defaultHistoryLimit, 1, limits.maxHistoryLimit)
        : 0,
    align: fields.align ?? false,
    symbols,
  };
}
