import { type IncomingMessage, type Server, createServer, request } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Duplex } from 'node:stream';
import { UpgradeRejectedError } from '../../src/auth/connection-context';
import { PlanPolicy } from '../../src/auth/plan.policy';
import { MemoryTicketStore, type TicketStore } from '../../src/auth/ticket.store';
import { TokenService } from '../../src/auth/token.service';
import { UpgradeAuthenticator } from '../../src/auth/upgrade.authenticator';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { ClientAddress } from '../../src/security/client-address';
import { ConnectionLimiter } from '../../src/security/connection.limiter';
import { OriginPolicy } from '../../src/security/origin.policy';
export const HARNESS_SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

export interface UpgradeAnswer {
  status: number;
  body: Record<string, unknown>;
  socket: Duplex;
}

/**
 * A real HTTP server whose `upgrade` handler runs the authenticator and answers its verdict:
 * the status of an UpgradeRejectedError, or 200 with the context (the socket then stays open).
 */
export class UpgradeHarness {
  readonly limiter: ConnectionLimiter;
  readonly tokens: TokenService;
  readonly tickets: TicketStore;
  readonly authenticator: UpgradeAuthenticator;
  private readonly server: Server;
  /** Upgraded sockets leave the HTTP server's bookkeeping: closed by hand. */
  private readonly sockets = new Set<Duplex>();

  /** `tickets` builds the ticket store (default: in memory, as a gateway of its own). */
  constructor(
    env: Record<string, string> = {},
    tickets: (config: AppConfig) => TicketStore = (config) => new MemoryTicketStore(config),
  ) {
    const config = loadConfig({ AUTH_SECRET: HARNESS_SECRET, ...env });
    this.limiter = new ConnectionLimiter(config);
    this.tokens = new TokenService(config);
    this.tickets = tickets(config);
    const addresses = new ClientAddress(config);
    this.authenticator = new UpgradeAuthenticator(
      new OriginPolicy(config, addresses),
      this.limiter,
      this.tokens,
      this.tickets,
      new PlanPolicy(config),
      addresses,
    );
    this.server = createServer();
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex) =>
      this.onUpgrade(req, socket),
    );
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.limiter.onModuleDestroy();
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Sends a WebSocket upgrade request and returns the verdict. */
  upgrade(
    options: { path?: string; headers?: Record<string, string> } = {},
  ): Promise<UpgradeAnswer> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: this.port,
        path: options.path ?? '/ws',
        agent: false,
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          ...options.headers,
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        const done = () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), socket: res.socket });
        if (res.statusCode === 200) res.once('data', () => setImmediate(done));
        else res.on('end', done);
      });
      req.on('error', reject);
      req.end();
    });
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    // As a WebSocket server does: a peer that hangs up is hung up on (HTTP sockets allow half-open).
    socket.once('end', () => socket.end());
    socket.resume();
    this.authenticator.authenticateUpgrade(req).then(
      (context) => {
        const body = JSON.stringify({ ...context, tiers: [...context.tiers] });
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n${body}`);
      },
      (error: unknown) => {
        const status = error instanceof UpgradeRejectedError ? error.status : 500;
        const body = JSON.stringify({ message: (error as Error).message });
        socket.end(`HTTP/1.1 ${status} No\r\ncontent-length: ${body.length}\r\n\r\n${body}`);
      },
    );
  }
}
