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

/** Outstanding tickets per user, and in all, beyond which the oldest go (bounds memory). */
const MAX_TICKETS_PER_USER = 16;
const MAX_TICKETS = 100_000;

/**
 * Single-use WebSocket tickets, for browsers that cannot set headers on a WebSocket. Opaque
 * random strings held in memory: redeeming one deletes it, so a replay finds nothing.
 */
@Injectable()
export class TicketStore {
  private readonly ttlMs: number;
  /** Insertion order is `sweepAt` order (one TTL for all), so stale tickets sit at the front. */
  private readonly tickets = new Map<string, PendingTicket>();
  private readonly perUser = new Map<string, string[]>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.auth.ticketTtlMs;
  }

  issue(principal: Principal, sessionExpiresAt: number): { ticket: string; expiresAt: number } {
    const now = Date.now();
    this.sweep(now);
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = Math.min(now + this.ttlMs, sessionExpiresAt);
    this.tickets.set(ticket, { principal, expiresAt, sessionExpiresAt, sweepAt: now + this.ttlMs });
    const mine = this.perUser.get(principal.username) ?? [];
    mine.push(ticket);
    while (mine.length > MAX_TICKETS_PER_USER) this.tickets.delete(mine.shift() as string);
    this.perUser.set(principal.username, mine);
    // Guests are free, so a per-user bound alone does not bound the store.
    while (this.tickets.size > MAX_TICKETS) this.dropOldest();
    return { ticket, expiresAt };
  }

  /** Returns the ticket's holder once; null if unknown, already used or expired. */
  redeem(ticket: string): RedeemedTicket | null {
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
