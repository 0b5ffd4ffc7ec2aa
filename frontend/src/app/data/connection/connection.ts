import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import {
  type ClientMessage,
  CloseCode,
  type ConnectionLimits,
  ErrorCode,
  type ServerMessage,
  type UserInfo,
} from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { Settings, type WireEncoding } from '../settings/settings';
import { NOW } from '../../shared/platform';
import {
  BROWSER_WINDOW,
  CONNECTION_OPTIONS,
  type ConnectionOptions,
  DEFAULT_CONNECTION_OPTIONS,
  SOCKET_FACTORY,
  type SocketLike,
  closeQuietly,
} from './connection-options';
import { type ConnectionEvent, ConnectionState, nextState } from './connection-state';
import { PingClock } from './ping-clock';
import { ReconnectPolicy } from './reconnect-policy';
import {
  type RequestLimits,
  type SubscriptionKey,
  SubscriptionRegistry,
  UNLIMITED,
} from './subscription-registry';
import { decodeFrame, encodeFrame, negotiatedEncoding, offeredProtocols } from './wire-codec';

/** Heartbeat periods of silence after which the connection counts as dead (protocol.md). */
const SILENCE_HEARTBEATS = 2;
const WATCHDOG_PERIOD_MS = 500;
/** Errors that mean a symbol will not be served (shown as such in the watchlist). */
const REFUSALS: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.Forbidden,
  ErrorCode.UnknownSymbol,
  ErrorCode.LimitExceeded,
]);

export type MessageListener = (message: ServerMessage) => void;

/**
 * Owns THE WebSocket of the dashboard. An explicit state machine (see `nextState`) decides what
 * may happen; every socket callback first checks it still belongs to the current socket, so a
 * late event of a replaced socket changes nothing, and there is never more than one socket.
 *
 * Messages go to listeners synchronously and outside change detection; only the connection's
 * own status (state, RTT, limits) lives in signals.
 */
@Injectable({ providedIn: 'root' })
export class Connection {
  private readonly auth = inject(Auth);
  private readonly now = inject(NOW);
  private readonly createSocket = inject(SOCKET_FACTORY);
  private readonly window = inject(BROWSER_WINDOW);
  private readonly settings = inject(Settings);
  readonly options: ConnectionOptions = {
    ...DEFAULT_CONNECTION_OPTIONS,
    ...inject(CONNECTION_OPTIONS),
  };

  private readonly policy = new ReconnectPolicy(this.options);
  private readonly registry = new SubscriptionRegistry();
  private readonly listeners = new Set<MessageListener>();
  private readonly epochListeners = new Set<(epoch: string) => void>();
  private socket: SocketLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private watchdogTimer: ReturnType<typeof setInterval> | undefined;
  /** Local time of the last frame of any kind: the server sends a heartbeat after silence. */
  private lastHeardAt = 0;
  private heartbeatMs = 0;
  private flushQueued = false;
  private requestCounter = 0;
  private readonly pings = new PingClock();
  private lastEpoch: string | null = null;
  /** Bumped per attempt: an attempt that was overtaken gives up after each await. */
  private generation = 0;
  /** A token renewal that the next attempt waits for (after a 4401 close). */
  private renewing: Promise<unknown> = Promise.resolve();

  private readonly stateSignal = signal(ConnectionState.Idle);
  readonly state = this.stateSignal.asReadonly();
  /** Failed attempts since the last stable connection. */
  readonly attempt = signal(0);
  /** When the scheduled retry fires (epoch ms), while reconnecting. */
  readonly retryAt = signal<number | null>(null);
  readonly rttMs = signal<number | null>(null);
  readonly limits = signal<ConnectionLimits | null>(null);
  readonly user = signal<UserInfo | null>(null);
  /** Symbols the server refused with FORBIDDEN (not entitled) or UNKNOWN_SYMBOL. */
  readonly refused = signal<ReadonlySet<string>>(new Set());
  /** The encoding of the live connection (null before its hello). */
  readonly encoding = signal<WireEncoding | null>(null);
  /** Server clock minus local clock, estimated from `hello` and `pong`. */
  clockOffsetMs = 0;
  /** Quotes and bars received in updates since the page loaded. */
  updatesReceived = 0;
  /** Local time of the newest data message. */
  lastDataAt: number | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    const onOnline = () => this.dispatch({ type: 'online' });
    const onOffline = () => this.dispatch({ type: 'offline' });
    this.window?.addEventListener('online', onOnline);
    this.window?.addEventListener('offline', onOffline);
    const unsubscribe = this.auth.onSession((session, sameUser) => {
      // Same user: extend the live connection in band. Another user (sign-in, sign-out): the
      // socket belongs to the old one; an attempt in progress picks the new session up itself.
      if (sameUser) this.send({ op: 'auth', token: session.accessToken });
      else if (this.state() === ConnectionState.Live) this.restart();
    });
    // A new encoding takes a new socket: the subprotocol is chosen in the handshake.
    let offered = this.settings.wireEncoding();
    const encodingWatch = effect(() => {
      const wanted = this.settings.wireEncoding();
      if (wanted === offered) return;
      offered = wanted;
      untracked(() => {
        const state = this.state();
        if (state === ConnectionState.Live || state === ConnectionState.Connecting) this.restart();
      });
    });
    destroyRef.onDestroy(() => {
      encodingWatch.destroy();
      this.window?.removeEventListener('online', onOnline);
      this.window?.removeEventListener('offline', onOffline);
      unsubscribe();
      this.stop();
    });
  }

  /** Receives every server message, synchronously, outside change detection. */
  listen(listener: MessageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when a `hello` carries a different epoch than the previous connection's. */
  onEpochChange(listener: (epoch: string) => void): () => void {
    this.epochListeners.add(listener);
    return () => this.epochListeners.delete(listener);
  }

  start(): void {
    this.dispatch({ type: 'start' });
    if (this.window && this.window.navigator.onLine === false) this.dispatch({ type: 'offline' });
  }

  stop(): void {
    this.dispatch({ type: 'stop' });
  }

  /** Skips the remaining backoff (the "Retry now" button). */
  retryNow(): void {
    this.policy.reset();
    this.dispatch({ type: 'retry' });
  }

  /** Wants updates for `key` at `throttleMs`; kept across reconnects. */
  subscribe(key: SubscriptionKey, throttleMs: number): void {
    if (this.registry.set(key, throttleMs)) this.queueFlush();
  }

  unsubscribe(key: SubscriptionKey): void {
    if (this.registry.delete(key)) this.queueFlush();
  }

  isSubscribed(key: SubscriptionKey): boolean {
    return this.registry.has(key);
  }

  private restart(): void {
    this.dispatch({ type: 'stop' });
    this.dispatch({ type: 'start' });
  }

  private dispatch(event: ConnectionEvent): void {
    const from = this.stateSignal();
    const to = nextState(from, event);
    if (to === from) return;
    this.leave(from);
    this.stateSignal.set(to);
    this.enter(to);
  }

  private leave(state: ConnectionState): void {
    if (state === ConnectionState.Reconnecting) {
      clearTimeout(this.retryTimer);
      this.retryAt.set(null);
    }
    if (state === ConnectionState.Live) {
      clearInterval(this.pingTimer);
      clearInterval(this.watchdogTimer);
    }
    if (state === ConnectionState.Connecting) clearTimeout(this.connectTimer);
  }

  private enter(state: ConnectionState): void {
    switch (state) {
      case ConnectionState.Connecting:
        void this.open();
        break;
      case ConnectionState.Live:
        this.policy.connected(this.now());
        this.attempt.set(0);
        this.pingTimer = setInterval(() => this.ping(), this.options.pingIntervalMs);
        this.watchdogTimer = setInterval(() => this.checkSilence(), WATCHDOG_PERIOD_MS);
        this.ping();
        this.send(...this.registry.takeAll(this.requestLimits()));
        break;
      case ConnectionState.Reconnecting:
        this.closeSocket();
        this.scheduleRetry();
        break;
      case ConnectionState.Offline:
      case ConnectionState.Idle:
        this.generation += 1;
        this.closeSocket();
        this.policy.reset();
        this.attempt.set(0);
        break;
    }
  }

  private scheduleRetry(): void {
    const delay = this.policy.failed(this.now());
    this.attempt.set(this.policy.attempt);
    this.retryAt.set(this.now() + delay);
    this.retryTimer = setTimeout(() => this.dispatch({ type: 'retry' }), delay);
  }

  private async open(): Promise<void> {
    const generation = ++this.generation;
    const current = () =>
      generation === this.generation && this.state() === ConnectionState.Connecting;
    this.connectTimer = setTimeout(
      () => this.dispatch({ type: 'lost' }),
      this.options.connectTimeoutMs,
    );
    let ticket: string;
    try {
      await this.renewing;
      // A fresh single-use ticket per attempt: a refused handshake (HTTP 401) only shows as a
      // failed connection in a browser, and the next attempt must not reuse anything.
      ticket = await this.auth.ticket();
    } catch {
      if (current()) this.dispatch({ type: 'lost' });
      return;
    }
    if (!current()) return;
    const socket = this.createSocket(
      this.socketUrl(ticket),
      offeredProtocols(this.settings.wireEncoding()),
    );
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.encoding.set(null);
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(socket, event.data);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.closed(event.code);
    };
  }

  private closed(code: number): void {
    if (code === CloseCode.SessionExpired) {
      // The token behind the connection expired: renew it before trying again.
      this.renewing = this.auth.renew().catch(() => undefined);
      this.dispatch({ type: 'lost' });
      return;
    }
    this.dispatch({ type: 'lost' });
  }

  private closeSocket(): void {
    if (this.socket) closeQuietly(this.socket);
    this.socket = null;
  }

  /**
   * protocol.md: ~2 x heartbeatMs of silence means a dead connection (a frozen gateway, a lost
   * route) that no close event will ever report. Give up on it and reconnect.
   */
  private checkSilence(): void {
    if (this.heartbeatMs <= 0) return;
    if (this.now() - this.lastHeardAt > SILENCE_HEARTBEATS * this.heartbeatMs) {
      this.dispatch({ type: 'lost' });
    }
  }

  /** What `hello.limits` allows per request, for the registry to split and clamp by. */
  private requestLimits(): RequestLimits {
    const limits = this.limits();
    return limits
      ? {
          maxSymbolsPerRequest: limits.maxSymbolsPerRequest,
          minThrottleMs: limits.minThrottleMs,
          maxThrottleMs: limits.maxThrottleMs,
        }
      : UNLIMITED;
  }

  private receive(socket: SocketLike, data: unknown): void {
    this.lastHeardAt = this.now();
    const message = decodeFrame(data);
    if (!message) return;
    switch (message.op) {
      case 'hello':
        this.encoding.set(negotiatedEncoding(socket.protocol, data));
        this.clockOffsetMs = message.serverTime - this.now();
        this.heartbeatMs = message.heartbeatMs;
        this.limits.set(message.limits);
        this.user.set(message.user ?? null);
        this.refused.set(new Set());
        if (this.lastEpoch !== null && this.lastEpoch !== message.epoch) {
          for (const listener of this.epochListeners) listener(message.epoch);
        }
        this.lastEpoch = message.epoch;
        this.dispatch({ type: 'hello' });
        if (message.user && message.user.username !== this.auth.user()?.username) this.restart();
        break;
      case 'pong':
        this.pong(message.id, message.serverTime);
        break;
      case 'error':
        this.refuse(message.code, message.symbols);
        break;
      case 'update':
        this.updatesReceived += message.data.length;
        this.lastDataAt = this.now();
        break;
      case 'snapshot':
        this.lastDataAt = this.now();
        break;
    }
    for (const listener of this.listeners) listener(message);
  }

  private refuse(code: ErrorCode, symbols: string[] | undefined): void {
    if (!symbols?.length || !REFUSALS.has(code)) return;
    this.refused.update((current) => new Set([...current, ...symbols]));
  }

  private ping(): void {
    const id = this.nextId('p');
    const t = this.now();
    this.pings.sent(id, t);
    this.send({ op: 'ping', id, t });
  }

  private pong(id: string | undefined, serverTime: number): void {
    const reading = this.pings.answered(id, serverTime, this.now());
    if (!reading) return;
    this.rttMs.set(reading.rttMs);
    this.clockOffsetMs = reading.clockOffsetMs;
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    // Many rows change their subscription in one go (scrolling, a new plan): one request each.
    queueMicrotask(() => {
      this.flushQueued = false;
      if (this.state() === ConnectionState.Live) {
        this.send(...this.registry.takeChanges(this.requestLimits()));
      }
    });
  }

  private send(...messages: ClientMessage[]): void {
    const socket = this.socket;
    if (!socket || this.state() !== ConnectionState.Live) return;
    for (const message of messages) {
      const withId = message.id ? message : { ...message, id: this.nextId('r') };
      socket.send(encodeFrame(withId, this.encoding() ?? 'json'));
    }
  }

  private nextId(prefix: string): string {
    this.requestCounter += 1;
    return `${prefix}${this.requestCounter}`;
  }

  private socketUrl(ticket: string): string {
    const location = this.window?.location;
    const protocol = location?.protocol === 'https:' ? 'wss:' : 'ws:';
    const host = location?.host ?? 'localhost';
    return `${protocol}//${host}${this.options.path}?ticket=${encodeURIComponent(ticket)}`;
  }
}
