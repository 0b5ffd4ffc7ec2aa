import { type IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { normalizeAddress } from '../config/loopback';

/**
 * The client's address for per-address limits. `X-Forwarded-For` is believed only when the TCP
 * peer is one of TRUST_PROXY's proxies, and then only up to the first hop no trusted proxy added:
 * anyone can send the header, so trusting it blindly would let a client pick its own address.
 */
@Injectable()
export class ClientAddress {
  private readonly proxies: ReadonlySet<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.proxies = new Set(config.security.trustedProxies);
  }

  /** True when the TCP peer is one of TRUST_PROXY's proxies (its forwarded headers count). */
  isTrustedProxy(request: IncomingMessage): boolean {
    return this.proxies.has(normalizeAddress(request.socket.remoteAddress));
  }

  of(request: IncomingMessage): string {
    const peer = normalizeAddress(request.socket.remoteAddress);
    if (!this.proxies.has(peer)) return peer;
    const header = request.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((hop) => normalizeAddress(hop.trim()));
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      if (isIP(hops[i]) === 0) break;
      client = hops[i];
      if (!this.proxies.has(client)) break;
    }
    return client;
  }
}
