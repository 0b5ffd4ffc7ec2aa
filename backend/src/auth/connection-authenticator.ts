import { type IncomingMessage } from 'node:http';
import { type ConnectionContext } from './connection-context';

/**
 * The gateway's only view of authentication (a Nest injection token: provide a subclass).
 * The WebSocket gateway calls it at the HTTP upgrade and for the in-band `auth` op.
 */
export abstract class ConnectionAuthenticator {
  /**
   * Checks Origin, per-IP limits and credentials (`?ticket=` or `Authorization: Bearer`) of an
   * upgrade request. Resolves with the new connection's context, or rejects with
   * UpgradeRejectedError (answered as HTTP 401, 403 or 429 before any socket exists).
   */
  abstract authenticateUpgrade(request: IncomingMessage): Promise<ConnectionContext>;

  /** Validates a fresh access token for the same user; resolves with its expiry (epoch ms), or rejects with InvalidTokenError. */
  abstract refresh(context: ConnectionContext, accessToken: string): Promise<number>;

  /** Called once when an authenticated connection closes (releases per-IP counters). */
  abstract connectionClosed(context: ConnectionContext): void;
}
