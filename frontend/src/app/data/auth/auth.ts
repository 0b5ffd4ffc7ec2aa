import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  type LoginRequest,
  type TicketResponse,
  type TokenResponse,
  type UserInfo,
} from '@tickwire/protocol';
import { HttpError, readJson } from '../../shared/http';
import { FETCH, NOW, SESSION_STORAGE } from '../../shared/platform';

const SESSION_KEY = 'tickwire.session';
/** Renew this long before the token expires, so a slow network still makes it in time. */
const RENEW_MARGIN_MS = 60_000;
/** A token closer than this to its expiry is not worth a ticket. */
const MIN_VALIDITY_MS = 5_000;

export type SessionListener = (session: TokenResponse, sameUser: boolean) => void;

/**
 * The dashboard's credentials: a guest session by default, `pro` after sign-in. The access token
 * is kept for the tab only (sessionStorage) and renewed before it expires.
 */
@Injectable({ providedIn: 'root' })
export class Auth {
  private readonly fetch = inject(FETCH);
  private readonly now = inject(NOW);
  private readonly storage = inject(SESSION_STORAGE);
  private readonly listeners = new Set<SessionListener>();
  private renewTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<TokenResponse> | null = null;

  private readonly session = signal<TokenResponse | null>(null);
  readonly user = computed<UserInfo | null>(() => this.session()?.user ?? null);
  readonly isGuest = computed(() => (this.session()?.user.plan ?? 'guest') === 'guest');

  constructor() {
    const restored = this.restore();
    if (restored) this.accept(restored);
    inject(DestroyRef).onDestroy(() => clearTimeout(this.renewTimer));
  }

  /** Called after every new token; `sameUser` tells a renewal from a sign-in or sign-out. */
  onSession(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A valid session: the current one, or a new guest one. */
  ensureSession(): Promise<TokenResponse> {
    const current = this.session();
    if (current && current.expiresAt - this.now() > MIN_VALIDITY_MS)
      return Promise.resolve(current);
    return this.guest();
  }

  /** A single-use WebSocket ticket; a refused token falls back to a new guest session. */
  async ticket(): Promise<string> {
    const session = await this.ensureSession();
    try {
      return (await this.requestTicket(session.accessToken)).ticket;
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401) throw error;
      const fresh = await this.guest();
      return (await this.requestTicket(fresh.accessToken)).ticket;
    }
  }

  async signIn(credentials: LoginRequest): Promise<UserInfo> {
    const session = await this.post<TokenResponse>('/api/auth/login', credentials);
    this.accept(session);
    return session.user;
  }

  /** Back to a guest session. */
  async signOut(): Promise<void> {
    await this.guest();
  }

  /**
   * A fresh token before the current one expires: the same user through `/api/auth/refresh` when
   * the gateway offers it. Otherwise a guest gets a new guest session, and a signed-in user keeps
   * the current one until it is about to expire, then becomes a guest (rather than losing data).
   */
  async renew(): Promise<TokenResponse> {
    const current = this.session();
    if (!current) return this.guest();
    try {
      const renewed = await this.post<TokenResponse>('/api/auth/refresh', {}, current.accessToken);
      this.accept(renewed);
      return renewed;
    } catch (error) {
      const left = current.expiresAt - this.now();
      if (!(error instanceof HttpError) && left > MIN_VALIDITY_MS) throw error;
      if (current.user.plan !== 'guest' && left > 2 * MIN_VALIDITY_MS) {
        this.renewAfter(left - MIN_VALIDITY_MS);
        return current;
      }
      return this.guest();
    }
  }

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  private guest(): Promise<TokenResponse> {
    // Concurrent callers (ticket, renewal, sign-out) share one request.
    this.pending ??= this.post<TokenResponse>('/api/auth/guest', {})
      .then((session) => {
        this.accept(session);
        return session;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }

  private requestTicket(accessToken: string): Promise<TicketResponse> {
    return this.post<TicketResponse>('/api/auth/ws-ticket', {}, accessToken);
  }

  private async post<T>(path: string, body: unknown, accessToken?: string): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
    const response = await this.fetch(path, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    return readJson<T>(response);
  }

  private accept(session: TokenResponse): void {
    const previous = this.session();
    const sameUser =
      previous !== null &&
      previous.user.username === session.user.username &&
      previous.user.plan === session.user.plan;
    this.session.set(session);
    this.storage?.setItem(SESSION_KEY, JSON.stringify(session));
    this.scheduleRenewal(session);
    for (const listener of this.listeners) listener(session, sameUser);
  }

  private scheduleRenewal(session: TokenResponse): void {
    const lifetime = session.expiresAt - this.now();
    this.renewAfter(
      Math.max(MIN_VALIDITY_MS, Math.min(lifetime - RENEW_MARGIN_MS, lifetime * 0.8)),
    );
  }

  private renewAfter(delayMs: number): void {
    clearTimeout(this.renewTimer);
    this.renewTimer = setTimeout(() => {
      this.renew().catch(() => this.renewAfter(MIN_VALIDITY_MS));
    }, delayMs);
  }

  private restore(): TokenResponse | null {
    try {
      const raw = this.storage?.getItem(SESSION_KEY);
      if (!raw) return null;
      const session = JSON.parse(raw) as TokenResponse;
      const valid =
        typeof session.accessToken === 'string' &&
        typeof session.expiresAt === 'number' &&
        session.expiresAt - this.now() > MIN_VALIDITY_MS &&
        typeof session.user?.username === 'string';
      return valid ? session : null;
    } catch {
      return null;
    }
  }
}
