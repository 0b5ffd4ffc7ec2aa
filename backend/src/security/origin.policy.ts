import { type IncomingMessage } from 'node:http';
import { type TLSSocket } from 'node:tls';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEV_SERVER_ORIGINS } from '../config/security.config';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Which browser origins may open a WebSocket or call the API (Cross-Site WebSocket Hijacking).
 * A request without `Origin` comes from a non-browser client and is left to the credentials check.
 */
@Injectable()
export class OriginPolicy {
  private readonly configured: ReadonlySet<string> | null;
  private readonly ownNames: string[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const list = config.security.allowedOrigins;
    this.configured = list === null ? null : new Set(list);
    const host =
      config.server.host.includes(':') && !config.server.host.startsWith('[')
        ? `[${config.server.host}]`
        : config.server.host;
    this.ownNames = [...new Set([...(WILDCARD_HOSTS.has(host) ? [] : [host]), ...LOOPBACK_NAMES])];
  }

  allows(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (this.configured) return this.configured.has(origin);
    return DEV_SERVER_ORIGINS.includes(origin) || this.ownOrigins(request).includes(origin);
  }

  /** The gateway's own origins as seen on this request's socket (the real port, even with PORT=0). */
  private ownOrigins(request: IncomingMessage): string[] {
    const socket = request.socket as Partial<TLSSocket>;
    const scheme = socket.encrypted ? 'https' : 'http';
    const port = request.socket.localPort;
    return this.ownNames.flatMap((name) => {
      try {
        return [new URL(`${scheme}://${name.toLowerCase()}:${port}`).origin];
      } catch {
        return [];
      }
    });
  }
}
