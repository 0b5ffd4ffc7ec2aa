import { type IncomingMessage } from 'node:http';
import { type TLSSocket } from 'node:tls';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEV_SERVER_ORIGINS } from '../config/security.config';
import { ClientAddress } from './client-address';

/**
 * Which browser origins may open a WebSocket or call the API (Cross-Site WebSocket Hijacking).
 * A request without `Origin` comes from a non-browser client and is left to the credentials check.
 *
 * By default a page may use the gateway that served it (`Origin` equals the scheme and `Host` of
 * the request, whatever name or port the gateway is reached by), plus the development server
 * outside production. A page on another origin whose DNS points at the gateway would pass that
 * test too, but gains nothing: credentials are tokens held by the real origin, never cookies.
 */
@Injectable()
export class OriginPolicy {
  private readonly configured: ReadonlySet<string> | null;
  private readonly devOrigins: readonly string[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly addresses: ClientAddress,
  ) {
    const list = config.security.allowedOrigins;
    this.configured = list === null ? null : new Set(list);
    this.devOrigins = config.server.nodeEnv === 'production' ? [] : DEV_SERVER_ORIGINS;
  }

  allows(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (this.configured) return this.configured.has(origin);
    return this.devOrigins.includes(origin) || origin === this.ownOrigin(request);
  }

  /** The origin this request was sent to, as the browser names it; null without a Host. */
  private ownOrigin(request: IncomingMessage): string | null {
    const host = request.headers.host;
    if (!host) return null;
    const encrypted = (request.socket as Partial<TLSSocket>).encrypted === true;
    const forwardedHttps =
      this.addresses.isTrustedProxy(request) && request.headers['x-forwarded-proto'] === 'https';
    const scheme = encrypted || forwardedHttps ? 'https' : 'http';
    try {
      return new URL(`${scheme}://${host}`).origin;
    } catch {
      return null;
    }
  }
}
