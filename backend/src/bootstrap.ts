import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type INestApplication, Logger, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
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

/**
 * Creates and starts the gateway; used by main.ts and by the integration tests, which may replace
 * providers by token with `overrides`.
 */
export async function startApp(config: AppConfig, overrides: Provider[] = []): Promise<RunningApp> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forConfig(config, overrides),
    {
      logger: loggerLevels(config.server.logLevel),
      httpsOptions: config.security.tls ?? undefined,
    },
  );
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
  app.useStaticAssets(root, { index: 'index.html', maxAge: '1h' });
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function loggerLevels(level: AppConfig['server']['logLevel']) {
  const order = ['error', 'warn', 'log', 'debug'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}
