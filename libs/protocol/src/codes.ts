/**
 * Close codes and error codes shared by the gateway and every client.
 * They are part of the public wire protocol: never renumber or rename them.
 */
export enum CloseCode {
  /** Normal closure, e.g. the client said goodbye. */
  Normal = 1000,
  /** The endpoint is going away (browser tab closed, server shutting down for good). */
  GoingAway = 1001,
  /** Sustained abuse: far more messages than the rate limit allows. */
  PolicyViolation = 1008,
  /** A frame larger than `limits.maxMessageBytes`. */
  MessageTooBig = 1009,
  /** Unexpected server error. */
  InternalError = 1011,
  /** The gateway is restarting (SIGTERM); reconnect with jitter. */
  ServiceRestart = 1012,
  /** The connection could not keep up (slow consumer); reconnect later, perhaps at a slower throttle. */
  TryAgainLater = 1013,
  /** The access token behind the connection expired and no fresh one was sent with `auth`. */
  SessionExpired = 4401,
}

export enum ErrorCode {
  /** Not JSON, not an object, or a missing or malformed field. */
  BadRequest = 'BAD_REQUEST',
  /** The `op` is not one the server knows. */
  UnknownOp = 'UNKNOWN_OP',
  /** A symbol that is well-formed but not in the catalog. */
  UnknownSymbol = 'UNKNOWN_SYMBOL',
  /** A symbol the connection's plan is not entitled to. */
  Forbidden = 'FORBIDDEN',
  /** Too many subscriptions, or too many symbols in one request. */
  LimitExceeded = 'LIMIT_EXCEEDED',
  /** More messages than the connection's rate limit allows. */
  RateLimited = 'RATE_LIMITED',
  /** An `auth` op whose token is invalid, expired or for another user. */
  Unauthorized = 'UNAUTHORIZED',
}

/** Reasons sent with the close codes above. */
export const CloseReason = {
  slowConsumer: 'slow consumer',
  serviceRestart: 'service restart',
  /** 1012 when the feed restarted: sequence numbers start over under a new epoch. */
  feedRestart: 'feed restarted',
  sessionExpired: 'session expired',
  rateLimited: 'rate limit exceeded',
} as const;
