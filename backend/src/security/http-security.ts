import { type INestApplication, Logger } from '@nestjs/common';
import helmet from 'helmet';
import { type AppConfig } from '../config/app-config';
import { isLoopbackHost } from '../config/loopback';

/**
 * The one inline handler the Angular build emits: critical-CSS inlining loads the full stylesheet
 * with `<link media="print" onload="this.media='all'">`. Allowing exactly this code by its hash
 * ('unsafe-hashes') keeps every other inline script and handler blocked.
 */
export const STYLESHEET_ONLOAD_HASH = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

/** Content-Security-Policy of everything the gateway serves. */
export function contentSecurityPolicy(tls: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'unsafe-hashes'", STYLESHEET_ONLOAD_HASH],
    // Angular adds component styles as <style> elements at run time; a static server has no
    // per-response nonce to give them, so inline styles (not scripts) stay allowed.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    ...(tls ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers (helmet) on every response. HSTS only in production with TLS: browsers apply
 * it to the host name on every port, so on `localhost` it would force the dev server onto https.
 */
export function applyHttpSecurity(app: INestApplication, config: AppConfig): void {
  const tls = config.security.tls !== null;
  const hsts = tls && config.server.nodeEnv === 'production';
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(tls) },
      strictTransportSecurity: hsts ? { maxAge: 15_552_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    }),
  );
}

/** Says loudly that traffic is unencrypted when ALLOW_INSECURE opened a non-loopback HOST. */
export function warnIfInsecure(config: AppConfig): void {
  if (config.security.tls !== null || isLoopbackHost(config.server.host)) return;
  new Logger('Security').warn(
    `ALLOW_INSECURE=1: serving plain http and ws on non-loopback HOST ${config.server.host}. Tokens, tickets and passwords cross the network unencrypted unless a TLS-terminating proxy sits in front. Never expose this port directly.`,
  );
}
