import { type Server } from 'node:http';
import { type INestApplication } from '@nestjs/common';

/** What an in-flight HTTP request gets to finish once the WebSockets are closed. */
const HTTP_DRAIN_MS = 1000;

/**
 * Closes the app (the gateway closes its WebSockets first, within `webSocketCloseMs`), then cuts
 * every HTTP connection still open after a short drain. Browsers hold preconnected sockets that
 * never send a request; `server.close()` alone waits for them until the request timeout, and an
 * orchestrator would kill the process long before it exits.
 */
export async function closeApp(app: INestApplication, webSocketCloseMs: number): Promise<void> {
  const server = app.getHttpServer() as Server;
  const cut = setTimeout(() => server.closeAllConnections(), webSocketCloseMs + HTTP_DRAIN_MS);
  cut.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}
