import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import { ClientAddress } from '../security/client-address';
import { ConnectionLimiter } from '../security/connection.limiter';
import { OriginPolicy } from '../security/origin.policy';
import { bearerToken } from './bearer';
import { ConnectionAuthenticator } from './connection-authenticator';
import {
  type ConnectionContext,
  InvalidTokenError,
  type Principal,
  UpgradeRejectedError,
} from './connection-context';
import { PlanPolicy } from './plan.policy';
import { TicketStore, TicketStoreUnavailableError } from './ticket.store';
import { TokenRejectedError, TokenService } from './token.service';

/**
 * Decides at the HTTP upgrade, before any socket exists: per-address limits (429), Origin (403),
 * then credentials (401): a single-use `?ticket=` or an `Authorization: Bearer` access token.
 */
@Injectable()
export class UpgradeAuthenticator extends ConnectionAuthenticator {
  private readonly logger = new Logger('Auth');
  /** Contexts holding a per-address slot, so that each slot is released exactly once. */
  private readonly holding = new Set<string>();

  constructor(
    private readonly origins: OriginPolicy,
    private readonly limiter: ConnectionLimiter,
    private readonly tokens: TokenService,
    private readonly tickets: TicketStore,
    private readonly plans: PlanPolicy,
    private readonly addresses: ClientAddress,
  ) {
    super();
  }

  async authenticateUpgrade(request: IncomingMessage): Promise<ConnectionContext> {
    const address = this.addresses.of(request);
    // Limits first: every attempt counts, so refused origins cannot flood the log either.
    const verdict = this.limiter.acquire(address);
    if (verdict !== null) {
      throw new UpgradeRejectedError(429, verdict, this.limiter.retryAfterSeconds(address));
    }
    try {
      if (!this.origins.allows(request)) {
        const origin = String(request.headers.origin).slice(0, 100);
        this.logger.warn(`upgrade from ${address} refused: origin ${origin} is not allowed`);
        throw new UpgradeRejectedError(403, 'origin not allowed');
      }
      const { principal, expiresAt } = await this.credentials(request);
      const context: ConnectionContext = {
        id: randomUUID(),
        principal,
        limits: this.plans.limitsFor(principal.plan),
        tiers: this.plans.tiersFor(principal.plan),
        expiresAt,
        remoteAddress: address,
      };
      this.holding.add(context.id);
      // The slot belongs to the TCP connection: freed when it ends, even if the WebSocket
      // handshake never completes and connectionClosed is never called.
      // `on`, not `once`: close fires once anyway, and once's wrapper costs ~150 bytes per socket.
      request.socket.on('close', () => this.connectionClosed(context));
      if (request.socket.destroyed) this.connectionClosed(context);
      return context;
    } catch (error) {
      this.limiter.release(address);
      throw error;
    }
  }

  async refresh(context: ConnectionContext, accessToken: string): Promise<number> {
    let verified;
    try {
      verified = await this.tokens.verify(accessToken);
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid access token');
    }
    const { username, plan } = verified.principal;
    if (username !== context.principal.username || plan !== context.principal.plan) {
      throw new InvalidTokenError('the token belongs to another user or plan');
    }
    return verified.expiresAt;
  }

  connectionClosed(context: ConnectionContext): void {
    if (this.holding.delete(context.id)) this.limiter.release(context.remoteAddress);
  }

  private async redeem(ticket: string) {
    try {
      return await this.tickets.redeem(ticket);
    } catch (error) {
      if (error instanceof TicketStoreUnavailableError) {
        throw new UpgradeRejectedError(503, error.message);
      }
      throw error;
    }
  }

  private async credentials(
    request: IncomingMessage,
  ): Promise<{ principal: Principal; expiresAt: number }> {
    const ticket = new URL(request.url ?? '/', 'http://gateway').searchParams.get('ticket');
    if (ticket !== null) {
      const redeemed = await this.redeem(ticket);
      if (!redeemed) throw new UpgradeRejectedError(401, 'invalid, used or expired ticket');
      return { principal: redeemed.principal, expiresAt: redeemed.sessionExpiresAt };
    }
    const token = bearerToken(request.headers.authorization);
    if (token === null) {
      throw new UpgradeRejectedError(
        401,
        'a ?ticket= or an Authorization: Bearer token is required',
      );
    }
    try {
      const verified = await this.tokens.verify(token);
      return { principal: verified.principal, expiresAt: verified.expiresAt };
    } catch (error) {
      if (error instanceof TokenRejectedError) throw new UpgradeRejectedError(401, error.message);
      throw error;
    }
  }
}
