import { type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CloseCode, CloseReason } from '@tickwire/protocol';
import {
  SUBPROTOCOL_MSGPACK,
  SUBPROTOCOL_PREFERENCE,
  selectSubprotocol,
} from '@tickwire/protocol/msgpack';
import { type Subscription as RxSubscription } from 'rxjs';
import { type WebSocket, WebSocketServer } from 'ws';
import { ConnectionAuthenticator } from '../auth/connection-authenticator';
import { type ConnectionContext, UpgradeRejectedError } from '../auth/connection-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FanoutEngine } from '../fanout/fanout.engine';
import { type FanoutSession } from '../fanout/fanout-session';
import { WireTally } from '../fanout/wire-tally';
import { MarketFeed } from '../feed/market-feed';
import { MarketStateService } from '../market/market-state.service';
import { MetricsService } from '../metrics/metrics.service';
import { ClientConnection } from './client-connection';
import { type GatewayDeps } from './gateway-deps';
import { SlotTicker } from './slot-ticker';
import { rejectUpgrade } from './upgrade-rejection';
import { JSON_CODEC, type WireCodec, msgpackCodec } from './wire-codec';

export const WS_PATH = '/ws';

/**
 * The longest the WebSocket part of a shutdown takes: each socket's close handshake gets
 * `closeTimeoutMs` (then it is terminated), plus a margin for the terminations themselves.
 */
export function webSocketShutdownMs(closeTimeoutMs: number): number {
  return closeTimeoutMs + 500;
}

/** What an operator (or a test) sees of one open connection. */
export interface ConnectionSummary {
  id: string;
  username: string;
  subscriptions: number;
  pendingBytes: number;
  /** Epoch ms since when writing is paused (above the high watermark), or null. */
  blockedSince: number | null;
}

/**
 * The WebSocket side of the gateway: owns the upgrade path on Nest's HTTP server (authentication
 * happens there, before any socket exists), the connections, and the timers of the flush loop,
 * heartbeats and session expiry, and pings.
 */
@Injectable()
export class GatewayServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Gateway');
  private readonly connections = new Map<FanoutSession, ClientConnection>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly flushTicker: SlotTicker;
  private readonly engine: FanoutEngine;
  private readonly deps: GatewayDeps;
  private wss: WebSocketServer | undefined;
  private httpServer: Server | undefined;
  private stopping = false;
  private readonly feedEvents: RxSubscription;
  private readonly msgpack: WireCodec;

  constructor(
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    feed: MarketFeed,
    market: MarketStateService,
    authenticator: ConnectionAuthenticator,
    private readonly metrics: MetricsService,
  ) {
    const config = appConfig.gateway;
    const tally = new WireTally();
    this.engine = new FanoutEngine(
      market,
      config,
      {
        framesSent: (frames, updates) => {
          metrics.framesSent.inc(frames);
          metrics.updatesSent.inc(updates);
        },
        conflated: (count) => metrics.updatesConflated.inc(count),
        slowConsumer: (session) => this.onSlowConsumer(session),
      },
      Date.now(),
    );
    market.listen(this.engine);
    this.flushTicker = new SlotTicker(config.flushIntervalMs, () => {
      this.engine.flush(Date.now());
      metrics.bytesSent.inc(tally.drain());
      metrics.blockedConnections.set(this.engine.blockedCount);
    });
    this.deps = {
      config,
      engine: this.engine,
      tally,
      market,
      feed,
      authenticator,
      metrics,
    };
    this.msgpack = msgpackCodec(market);
    // A restarted feed numbers its ticks anew: clients reconnect and start from new snapshots.
    this.feedEvents = feed.control$.subscribe((event) => {
      if (event.type === 'epoch') this.restartClients(event.epoch);
    });
  }

  /** The `epoch` of `hello`: the feed's, the same on every gateway of one feed. */
  get wireEpoch(): string {
    return this.deps.feed.epoch;
  }

  /** One line per open connection, for operators and tests: who, how much, whether paused. */
  connectionSummaries(): ConnectionSummary[] {
    return [...this.connections.values()].map(({ context, session }) => ({
      id: context.id,
      username: context.principal.username,
      subscriptions: session.subscriptions.size,
      pendingBytes: session.pendingBytes,
      blockedSince: session.blocked ? session.blockedSince : null,
    }));
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  onApplicationBootstrap(): void {
    const config = this.appConfig.gateway;
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.maxPayloadBytes,
      perMessageDeflate: false,
      clientTracking: false,
      // Called with the client's list, in its order, only when it sent one; `upgrade` has already
      // refused a list without any supported protocol, so this always finds one.
      handleProtocols: (offered) => selectSubprotocol(offered) ?? false,
    });
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    // Kept until the listener closes: without it, Express would answer a handshake during the
    // shutdown with 404, which a client takes for a wrong URL; `upgrade` answers 503 instead.
    this.httpServer.on('upgrade', this.onUpgrade);
    this.httpServer.once('close', () => this.httpServer?.off('upgrade', this.onUpgrade));
    this.flushTicker.start();
    // One sweep for every connection's deadlines (a timer per connection would cost memory): a
    // silent peer is terminated at most one sweep (<= 1 s) after WS_PING_TIMEOUT_MS.
    this.every(Math.max(20, Math.min(1000, config.heartbeatMs / 5)), () => {
      const now = Date.now();
      const heardSince = now - config.pingTimeoutMs;
      for (const connection of this.connections.values()) {
        if (connection.lastHeardAt < heardSince) {
          connection.ws.terminate();
          continue;
        }
        connection.closeIfExpired(now);
        connection.heartbeatIfSilent(now);
      }
    });
    this.every(config.pingIntervalMs, () => this.pingAll());
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.feedEvents.unsubscribe();
    this.flushTicker.stop();
    for (const timer of this.timers) clearInterval(timer);
    const closed = [...this.connections.values()].map(
      (connection) =>
        new Promise<void>((resolve) => {
          connection.ws.once('close', () => resolve());
          connection.close(CloseCode.ServiceRestart, CloseReason.serviceRestart);
        }),
    );
    const timeout = new Promise<void>((resolve) =>
      setTimeout(resolve, webSocketShutdownMs(this.appConfig.gateway.closeTimeoutMs)).unref(),
    );
    await Promise.race([Promise.all(closed), timeout]);
    for (const connection of this.connections.values()) connection.ws.terminate();
    this.wss?.close();
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    void this.upgrade(request, socket, head);
  };

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', destroySocket);
    const path = (request.url ?? '').split('?')[0];
    if (path !== WS_PATH) return rejectUpgrade(socket, 404, `no WebSocket endpoint at ${path}`);
    if (this.stopping) return rejectUpgrade(socket, 503, 'the gateway is shutting down');
    if (!this.deps.market.loaded) {
      return rejectUpgrade(socket, 503, 'the market feed is not available yet');
    }
    if (selectSubprotocol(offeredSubprotocols(request)) === undefined) {
      const supported = SUBPROTOCOL_PREFERENCE.join(', ');
      return rejectUpgrade(
        socket,
        400,
        `unsupported subprotocol: this gateway speaks ${supported}`,
      );
    }
    let context: ConnectionContext;
    try {
      context = await this.deps.authenticator.authenticateUpgrade(request);
    } catch (error) {
      if (error instanceof UpgradeRejectedError) {
        return rejectUpgrade(socket, error.status, error.message, error.retryAfterSeconds);
      }
      this.logger.error(`upgrade authentication failed: ${String(error)}`);
      return rejectUpgrade(socket, 500, 'authentication failed');
    }
    if (socket.destroyed || this.stopping || !this.wss) {
      this.deps.authenticator.connectionClosed(context);
      return rejectUpgrade(socket, 503, 'the gateway is shutting down');
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, context));
  }

  private accept(ws: WebSocket, context: ConnectionContext): void {
    const now = Date.now();
    const codec = ws.protocol === SUBPROTOCOL_MSGPACK ? this.msgpack : JSON_CODEC;
    const connection = new ClientConnection(ws, context, this.deps, codec, now);
    this.connections.set(connection.session, connection);
    this.metrics.connections.set(this.connections.size);
    ws.on('message', (data, isBinary) => connection.onMessage(data, isBinary));
    ws.on('pong', () => (connection.lastHeardAt = Date.now()));
    ws.on('error', (error) => {
      connection.onSocketError(error);
      this.logger.debug(`connection ${context.id}: ${error.message}`);
    });
    ws.once('close', (code) => {
      connection.dispose();
      this.connections.delete(connection.session);
      this.deps.authenticator.connectionClosed(context);
      this.metrics.connections.set(this.connections.size);
      this.metrics.subscriptions.set(this.engine.subscriptionCount);
      this.metrics.closes.inc({ code: String(connection.closedWith(code)) });
    });
    connection.sendHello(now);
  }

  private restartClients(epoch: string): void {
    this.logger.warn(
      `feed epoch is now ${epoch}: closing ${this.connections.size} connections with 1012`,
    );
    for (const connection of this.connections.values()) {
      connection.close(CloseCode.ServiceRestart, CloseReason.feedRestart);
    }
  }

  private onSlowConsumer(session: FanoutSession): void {
    const connection = this.connections.get(session);
    if (!connection) return;
    this.metrics.slowConsumerCloses.inc();
    this.logger.warn(`connection ${session.id}: slow consumer, closing with 1013`);
    connection.close(CloseCode.TryAgainLater, CloseReason.slowConsumer);
  }

  private pingAll(): void {
    for (const connection of this.connections.values()) connection.ws.ping();
  }

  private every(ms: number, task: () => void): void {
    const timer = setInterval(task, ms);
    timer.unref();
    this.timers.push(timer);
  }
}

/** The client's Sec-WebSocket-Protocol list, in its order (none: an empty list, JSON). */
function offeredSubprotocols(request: IncomingMessage): string[] {
  const header = request.headers['sec-websocket-protocol'];
  if (header === undefined) return [];
  return header
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Shared by every upgrade: a closure per socket would stay in its listeners for its whole life. */
function destroySocket(this: Duplex): void {
  this.destroy();
}
