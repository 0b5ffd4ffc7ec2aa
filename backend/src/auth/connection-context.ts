import {
  type ConnectionLimits,
  type Plan,
  type Role,
  type Tier,
  type UserInfo,
} from '@tickwire/protocol';

/** Who is on the other end of a request or a WebSocket, as proven by their credentials. */
export interface Principal {
  username: string;
  plan: Plan;
  /** Absent for ordinary users (role `user`); guests never have one. */
  role?: Role;
}

/** True when the principal may use the admin API. */
export function isAdmin(principal: Principal): boolean {
  return principal.role === 'admin';
}

/** The principal of a user with this role: `role` is only written down for admins. */
export function principalOf(username: string, plan: Plan, role: Role): Principal {
  return role === 'admin' ? { username, plan, role } : { username, plan };
}

/** What a client is told about its user (token answers, `hello`): the role only for admins. */
export function userInfoOf(principal: Principal): UserInfo {
  const { username, plan } = principal;
  return principal.role === 'admin' ? { username, plan, role: 'admin' } : { username, plan };
}

/**
 * Everything the gateway knows about one WebSocket connection's rights. Created at the HTTP
 * upgrade (before the socket exists) and kept for the life of the connection.
 */
export interface ConnectionContext {
  /** Unique per connection, for logs and metrics. */
  id: string;
  principal: Principal;
  /** The plan's limits, announced in `hello` and enforced by the gateway (shared per plan). */
  limits: Readonly<ConnectionLimits>;
  /** Instrument tiers this connection may receive (shared per plan). */
  tiers: ReadonlySet<Tier>;
  /** Epoch ms when the credentials behind the connection expire; null if they never do. */
  expiresAt: number | null;
  /** The peer's IP address (per-IP limits, logs). */
  remoteAddress: string;
}

/** An upgrade refused before the socket exists: answered with this HTTP status and message. */
export class UpgradeRejectedError extends Error {
  constructor(
    readonly status: 401 | 403 | 429 | 503,
    message: string,
    /** The `Retry-After` of the answer (429: when the limit lets the address in again). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'UpgradeRejectedError';
  }
}

/** A token sent with the `auth` op that cannot extend the connection's session. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}
