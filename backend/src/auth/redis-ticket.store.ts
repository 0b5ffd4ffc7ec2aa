import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import {
  PLANS,
  type Plan,
  ROLES,
  type Role,
  USERNAME_PATTERN,
  GUEST_PREFIX,
} from '@tickwire/protocol';
import { type AppConfig } from '../config/app-config';
import { type Principal, principalOf } from './connection-context';
import {
  type IssuedTicket,
  type RedeemedTicket,
  TicketStore,
  TicketStoreUnavailableError,
  mintTicket,
} from './ticket.store';

/**
 * The two node-redis commands RedisTicketStore uses, as both `RedisClientType` and
 * `RedisClusterType` (of `@redis/client`) declare them: SET with PX and NX, and GETDEL.
 */
export interface TicketRedis {
  set(
    key: string,
    value: string,
    options: { expiration: { type: 'PX'; value: number }; condition: 'NX' },
  ): Promise<unknown>;
  getDel(key: string): Promise<unknown>;
}

export interface RedisTicketStoreOptions {
  /** A Redis call slower than this fails the request with 503 instead of holding it; ms. */
  timeoutMs?: number;
}

/** Keys of tickets: the hash of the ticket, never the ticket itself (Redis sees no credential). */
export const TICKET_KEY_PREFIX = 'tw:ticket:';

/** Where a ticket lives in Redis. */
export function ticketKey(ticket: string): string {
  return TICKET_KEY_PREFIX + createHash('sha256').update(ticket).digest('hex');
}

/** What a ticket's key holds (JSON). */
interface StoredTicket {
  /** Layout version. */
  v: 1;
  username: string;
  plan: Plan;
  role?: Role;
  sessionExpiresAt: number;
}

/**
 * Tickets shared by every gateway on one Redis (or Redis Cluster): any gateway redeems a ticket
 * that any other issued, once. The key expires with the ticket (PX), and GETDEL reads and deletes
 * it in one atomic step, so of any number of concurrent redemptions exactly one gets it.
 *
 * Build it with the gateway's configuration and a connected node-redis client or cluster:
 * `new RedisTicketStore(config, redis)`.
 */
export class RedisTicketStore extends TicketStore {
  private readonly logger = new Logger('Auth');
  private readonly ttlMs: number;
  private readonly timeoutMs: number;

  constructor(
    config: AppConfig,
    private readonly redis: TicketRedis,
    options: RedisTicketStoreOptions = {},
  ) {
    super();
    this.ttlMs = config.auth.ticketTtlMs;
    this.timeoutMs = options.timeoutMs ?? 2000;
  }

  async issue(principal: Principal, sessionExpiresAt: number): Promise<IssuedTicket> {
    const now = Date.now();
    const issued = mintTicket(this.ttlMs, sessionExpiresAt, now);
    const ttlMs = issued.expiresAt - now;
    if (ttlMs <= 0) return issued; // the session is over: a ticket nobody can redeem
    const stored: StoredTicket = {
      v: 1,
      username: principal.username,
      plan: principal.plan,
      ...(principal.role === undefined ? {} : { role: principal.role }),
      sessionExpiresAt,
    };
    const reply = await this.call('store', () =>
      this.redis.set(ticketKey(issued.ticket), JSON.stringify(stored), {
        expiration: { type: 'PX', value: ttlMs },
        condition: 'NX',
      }),
    );
    // NX refuses only if the key exists: 256 random bits never collide, so this is a broken store.
    if (reply === null) throw new TicketStoreUnavailableError('ticket store refused a new ticket');
    return issued;
  }

  async redeem(ticket: string): Promise<RedeemedTicket | null> {
    const value = await this.call('redeem', () => this.redis.getDel(ticketKey(ticket)));
    if (value === null) return null;
    const redeemed = parseStoredTicket(value);
    // What comes back from Redis is input like any other: a bad value is a refused ticket.
    if (!redeemed) this.logger.warn('refused a ticket whose stored value is malformed');
    return redeemed;
  }

  /** Runs one Redis call, turning its failure or a timeout into TicketStoreUnavailableError. */
  private async call<T>(what: string, command: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([command(), timeout]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`cannot ${what} a ticket in Redis: ${reason}`);
      throw new TicketStoreUnavailableError('tickets are unavailable: try again shortly');
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The ticket a stored value describes, or null when the value is not one we wrote. */
export function parseStoredTicket(value: unknown): RedeemedTicket | null {
  if (typeof value !== 'string' || value.length > 1024) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { v, username, plan, role = 'user', sessionExpiresAt } = parsed as Record<string, unknown>;
  if (
    v !== 1 ||
    typeof username !== 'string' ||
    !USERNAME_PATTERN.test(username) ||
    !(PLANS as readonly unknown[]).includes(plan) ||
    !(ROLES as readonly unknown[]).includes(role) ||
    (role === 'admin' && username.startsWith(GUEST_PREFIX)) ||
    typeof sessionExpiresAt !== 'number' ||
    !Number.isSafeInteger(sessionExpiresAt)
  ) {
    return null;
  }
  return { principal: principalOf(username, plan as Plan, role as Role), sessionExpiresAt };
}
