import { type EnvReader } from '@tickwire/config';

export interface GatewayConfig {
  /** A `heartbeat` goes out after this much silence on a connection. */
  heartbeatMs: number;
  throttle: { defaultMs: number; minMs: number; maxMs: number };
  maxSubscriptions: number;
  maxSymbolsPerRequest: number;
  /** Incoming message rate: token bucket refilled at `messagesPerSecond`, holding `messageBurst`. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Messages refused by the rate limit, beyond which the connection is closed with 1008. */
  rateLimitStrikes: number;
  maxPayloadBytes: number;
  defaultHistoryLimit: number;
  maxHistoryLimit: number;
  pingIntervalMs: number;
  /** A peer silent (no pong, no frame) for this long is terminated. */
  pingTimeoutMs: number;
  highWatermarkBytes: number;
  lowWatermarkBytes: number;
  slowConsumerGraceMs: number;
  flushIntervalMs: number;
  /** How long a closing socket may take before it is terminated. */
  closeTimeoutMs: number;
}

export function readGatewayConfig(env: EnvReader): GatewayConfig {
  const minMs = env.int('THROTTLE_MIN_MS', 50, { min: 1, max: 3_600_000 });
  const maxMs = env.int('THROTTLE_MAX_MS', 60_000, { min: 1, max: 3_600_000 });
  const defaultMs = env.int('THROTTLE_DEFAULT_MS', 250, { min: 1, max: 3_600_000 });
  // THROTTLE_DEFAULT_MS is checked against the range only when the range itself is valid.
  if (minMs > maxMs) {
    env.fail('THROTTLE_MIN_MS', String(minMs), `at most THROTTLE_MAX_MS (${maxMs})`);
  } else if (defaultMs < minMs || defaultMs > maxMs) {
    env.fail('THROTTLE_DEFAULT_MS', String(defaultMs), `from ${minMs} to ${maxMs}`);
  }
  const highWatermarkBytes = env.int('WS_HIGH_WATERMARK_BYTES', 1024 * 1024, { min: 1024 });
  const lowWatermarkBytes = env.int('WS_LOW_WATERMARK_BYTES', 256 * 1024, { min: 0 });
  if (lowWatermarkBytes >= highWatermarkBytes) {
    env.fail(
      'WS_LOW_WATERMARK_BYTES',
      String(lowWatermarkBytes),
      `below WS_HIGH_WATERMARK_BYTES (${highWatermarkBytes})`,
    );
  }
  const defaultHistoryLimit = env.int('HISTORY_DEFAULT_LIMIT', 300, { min: 1, max: 1000 });
  const maxHistoryLimit = env.int('HISTORY_MAX_LIMIT', 1000, { min: 1, max: 1000 });
  if (defaultHistoryLimit > maxHistoryLimit) {
    env.fail('HISTORY_DEFAULT_LIMIT', String(defaultHistoryLimit), `at most ${maxHistoryLimit}`);
  }
  return {
    heartbeatMs: env.int('HEARTBEAT_MS', 5000, { min: 100, max: 600_000 }),
    throttle: { defaultMs, minMs, maxMs },
    maxSubscriptions: env.int('WS_MAX_SUBSCRIPTIONS', 2_000, { min: 1, max: 100_000 }),
    maxSymbolsPerRequest: env.int('WS_MAX_SYMBOLS_PER_REQUEST', 500, { min: 1, max: 100_000 }),
    messagesPerSecond: env.number('WS_MESSAGES_PER_SECOND', 50, { min: 1, max: 100_000 }),
    messageBurst: env.int('WS_MESSAGE_BURST', 100, { min: 1, max: 1_000_000 }),
    rateLimitStrikes: env.int('WS_RATE_LIMIT_STRIKES', 100, { min: 1, max: 1_000_000 }),
    maxPayloadBytes: env.int('WS_MAX_PAYLOAD_BYTES', 64 * 1024, {
      min: 1024,
      max: 16 * 1024 * 1024,
    }),
    defaultHistoryLimit,
    maxHistoryLimit,
    pingIntervalMs: env.int('WS_PING_INTERVAL_MS', 15_000, { min: 100, max: 600_000 }),
    pingTimeoutMs: env.int('WS_PING_TIMEOUT_MS', 30_000, { min: 100, max: 3_600_000 }),
    highWatermarkBytes,
    lowWatermarkBytes,
    slowConsumerGraceMs: env.int('SLOW_CONSUMER_GRACE_MS', 10_000, { min: 0, max: 3_600_000 }),
    flushIntervalMs: env.int('FLUSH_INTERVAL_MS', 10, { min: 1, max: 1000 }),
    closeTimeoutMs: env.int('WS_CLOSE_TIMEOUT_MS', 1000, { min: 10, max: 60_000 }),
  };
}
