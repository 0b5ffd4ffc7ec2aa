import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type Principal } from './connection-context';

interface PendingTicket {
  principal: Principal;
  /** Epoch ms: the ticket's own end (at most 30 s after it was issued). */
  expiresAt: number;
  /** Epoch ms: the end of the access token the ticket was bought with. */
  sessionExpiresAt: number;
  /** Epoch ms: issue time + TTL, increasing with insertion order. */
  sweepAt: number;
}

/** A redeemed ticket: who it was for and when their session ends. */
export interface RedeemedTicket {
  principal: Principal;
  sessionExpiresAt: number;
}

/** A ticket just issued: the opaque string and its end (epoch ms). */
export interface IssuedTicket {
  ticket: string;
  expiresAt: number;
}

/** The store cannot answer now (its Redis is unreachable or slow): a 503, try again later. */
export class TicketStoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TicketStoreUnavailableError';
  }
}

/**
 * Single-use WebSocket tickets, for browsers that cannot set headers on a WebSocket (a Nest
 * injection token: provide a subclass). A ticket is redeemed at most once, and never after its
 * end. MemoryTicketStore holds them in this gateway; RedisTicketStore shares them between
 * gateways, so that `/api/auth/ws-ticket` and `/ws` may reach different ones.
 */
export abstract class TicketStore {
  /** Throws TicketStoreUnavailableError when the ticket cannot be stored now. */
  abstract issue(principal: Principal, sessionExpiresAt: number): Promise<IssuedTicket>;
  /**
   * Returns the ticket's holder once; null if unknown, already used or expired. Throws
   * TicketStoreUnavailableError when the store cannot tell now.
   */
  abstract redeem(ticket: string): Promise<RedeemedTicket | null>;
}

/** A fresh ticket: 256 random bits, valid for `ttlMs` but never past the session's end. */
export function mintTicket(ttlMs: number, sessionExpiresAt: number, now: number): IssuedTicket {
  return {
    ticket: randomBytes(32).toString('base64url'),
    expiresAt: Math.min(now + ttlMs, sessionExpiresAt),
  };
}

/** Outstanding tickets per user, and in all, beyond which the oldest go (bounds memory). */
const MAX_TICKETS_PER_USER = 16;
const MAX_TICKETS = 100_000;

/**
 * Tickets held in this gateway's memory: redeeming one deletes it, so a replay finds nothing.
 * One gateway only (or sticky sessions): another gateway does not know its tickets.
 */
@Injectable()
export class MemoryTicketStore extends TicketStore {
  private readonly ttlMs: number;
  /** Insertion order is `sweepAt` order (one TTL for all), so stale tickets sit at the front. */
  private readonly tickets = new Map<string, PendingTicket>();
  private readonly perUser = new Map<string, string[]>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.ttlMs = config.auth.ticketTtlMs;
  }

  async issue(principal: Principal, sessionExpiresAt: number): Promise<IssuedTicket> {
    const now = Date.now();
    this.sweep(now);
    const { ticket, expiresAt } = mintTicket(this.ttlMs, sessionExpiresAt, now);
    this.tickets.set(ticket, { principal, expiresAt, sessionExpiresAt, sweepAt: now + this.ttlMs });
    const mine = this.perUser.get(principal.username) ?? [];
    mine.push(ticket);
    while (mine.length > MAX_TICKETS_PER_USER) this.tickets.delete(mine.shift() as string);
    this.perUser.set(principal.username, mine);
    // Guests are free, so a per-user bound alone does not bound the store.
    while (this.tickets.size > MAX_TICKETS) this.dropOldest();
    return { ticket, expiresAt };
  }

  async redeem(ticket: string): Promise<RedeemedTicket | null> {
    const pending = this.tickets.get(ticket);
    if (!pending) return null;
    this.tickets.delete(ticket);
    this.forget(pending.principal.username, ticket);
    if (pending.expiresAt <= Date.now()) return null;
    return { principal: pending.principal, sessionExpiresAt: pending.sessionExpiresAt };
  }

  get size(): number {
    return this.tickets.size;
  }

  private sweep(now: number): void {
    for (const [ticket, pending] of this.tickets) {
      if (pending.sweepAt > now) break;
      this.tickets.delete(ticket);
      this.forget(pending.principal.username, ticket);
    }
  }

  private dropOldest(): void {
    const [ticket, pending] = this.tickets.entries().next().value as [string, PendingTicket];
    this.tickets.delete(ticket);
    this.forget(pending.principal.username, ticket);
  }

  private forget(username: string, ticket: string): void {
    const mine = this.perUser.get(username);
    if (!mine) return;
    const index = mine.indexOf(ticket);
    if (index >= 0) mine.splice(index, 1);
    if (mine.length === 0) this.perUser.delete(username);
  }
}
