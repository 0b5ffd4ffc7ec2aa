import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module';
import { closeApp } from './close-app';
import { type AppConfig } from './config/app-config';
import { webSocketShutdownMs } from './gateway/gateway.server';
import { applyHttpSecurity, warnIfInsecure } from './security/http-security';

export interface RunningApp {
  app: INestApplication;
  /** Base URL such as https://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  close(): Promise<void>;
}

/** Creates and starts the gateway; used by main.ts and by the integration tests. */
export async function startApp(config: AppConfig): Promise<RunningApp> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    logger: loggerLevels(config.server.logLevel),
    httpsOptions: config.security.tls ?? undefined,
  });
  app.disable('x-powered-by');
  applyHttpSecurity(app, config);
  warnIfInsecure(config);
  serveDashboard(app, config.server.staticDir);
  await app.listen(config.server.port, config.server.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const scheme = config.security.tls ? 'https' : 'http';
  const url = `${scheme}://${formatHost(config.server.host)}:${port}`;
  const webSocketCloseMs = webSocketShutdownMs(config.gateway.closeTimeoutMs);
  return { app, url, close: () => closeApp(app, webSocketCloseMs) };
}

function serveDashboard(app: NestExpressApplication, staticDir: string): void {
  const root = resolve(staticDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    new Logger('Static').warn(`no dashboard build in ${root}: serving the API only`);
    return;
  }
  // The dashboard's own routes: a reload or a shared link of /map gets the app, which routes it.
  const index = resolve(root, 'index.html');
  app.use(DASHBOARD_ROUTES, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path !== '/') return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  app.useStaticAssets(root, {
    index: 'index.html',
    maxAge: '1h',
    setHeaders: (response, path) => {
      const cacheControl = dashboardCacheControl(basename(path));
      if (cacheControl) response.setHeader('Cache-Control', cacheControl);
    },
  });
}

/** Client-side routes of the dashboard (frontend/src/app/app.routes.ts) besides `/`. */
export const DASHBOARD_ROUTES = ['/map'];

/** A build's file names carry a content hash (`main-ABCD1234.js`, `chunk-2QF5KTMX.js`). */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(?:js|css|mjs)$/;

/**
 * `index.html` is revalidated on every load: after a redeploy it must name the new bundles, whose
 * hashed names never change content and are cached for a year. Other files keep an hour.
 */
function dashboardCacheControl(file: string): string | undefined {
  if (file === 'index.html') return 'no-cache';
  if (HASHED_ASSET.test(file)) return 'public, max-age=31536000, immutable';
  return undefined;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function loggerLevels(level: AppConfig['server']['logLevel']) {
  const order = ['error', 'warn', 'log', 'debug'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}
