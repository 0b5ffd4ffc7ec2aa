import {
  type Bar,
  type BarInterval,
  CloseCode,
  CloseReason,
  ErrorCode,
  type HelloMessage,
  PROTOCOL_VERSION,
  type ServerMessage,
  isValidSymbol,
} from '@tickwire/protocol';
import {
  AuthRequestSchema,
  PingRequestSchema,
  UnsubscribeRequestSchema,
} from '@tickwire/protocol/schemas';
import { type RawData, type WebSocket } from 'ws';
import {
  type ConnectionContext,
  InvalidTokenError,
  userInfoOf,
} from '../auth/connection-context';
import { FanoutSession } from '../fanout/fanout-session';
import { type Subscription, sharedSubscriptionKey } from '../fanout/subscription';
import { STREAMS, streamIndex } from '../market/streams';
import { type SymbolState } from '../market/symbol-state';
import {
  type ClientRequest,
  InvalidFrame,
  parseClientFrame,
  peekRequestId,
  readRequest,
  readSymbolRequest,
  streamTargetOf,
} from './client-request';
import { type GatewayDeps } from './gateway-deps';
import { rawToBuffer, rawToString, wsRefusalCode } from './raw-frame';
import { StrikeWindow } from './strike-window';
import { type SubscribeOrder, readSubscribeOrder } from './subscribe-order';
import { OrderedFrames } from './ordered-frames';
import { RequestError } from './request-error';
import { malformedSymbols, screenSymbols } from './symbol-screen';
import { TokenBucket } from './token-bucket';

const STRIKE_WINDOW_MS = 10_000;

/** One WebSocket client: parses and answers its requests, enforces its limits and its expiry. */
export class ClientConnection {
  readonly session: FanoutSession;
  lastHeardAt: number;
  /** The code the gateway closed the connection with, when it did (see `closedWith`). */
  private closeCode: number | undefined;
  private readonly bucket: TokenBucket;
  private readonly frames: OrderedFrames;
  /** Messages dropped by the rate limit, per STRIKE_WINDOW_MS. */
  private readonly strikes = new StrikeWindow(STRIKE_WINDOW_MS);

  constructor(
    readonly ws: WebSocket,
    readonly context: ConnectionContext,
    private readonly deps: GatewayDeps,
    now: number,
  ) {
    this.session = new FanoutSession(context.id, ws, now);
    this.lastHeardAt = now;
    const limits = context.limits;
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, now);
    this.frames = new OrderedFrames(this.handle, () => this.session.closed);
  }

  sendHello(now: number): void {
    const hello: HelloMessage = {
      op: 'hello',
      protocol: PROTOCOL_VERSION,
      epoch: this.deps.feed.epoch,
      serverTime: now,
      heartbeatMs: this.deps.config.heartbeatMs,
      limits: this.context.limits,
      user: userInfoOf(this.context.principal),
    };
    this.reply(hello);
  }

  onMessage(data: RawData, isBinary: boolean): void {
    const now = Date.now();
    this.lastHeardAt = now;
    if (!this.bucket.take(now)) {
      this.onRateLimited(now, peekFrameId(data, isBinary));
      return;
    }
    if (!this.frames.offer(data, isBinary, now)) {
      // A request is waiting and the queue behind it is full: the rate limit is the first line.
      const waiting = new RequestError(ErrorCode.RateLimited, 'too many requests waiting');
      this.replyError(peekFrameId(data, isBinary), waiting);
    }
  }

  /** Returns a promise while the request waits: later frames wait for it (OrderedFrames). */
  private readonly handle = (
    data: RawData,
    isBinary: boolean,
    now: number,
  ): Promise<void> | void => {
    let request: ClientRequest | undefined;
    try {
      if (isBinary) throw new InvalidFrame('binary frames are not accepted: send JSON text');
      request = parseClientFrame(rawToString(data));
      const pending = this.dispatch(request, now);
      if (!pending) return;
      const id = request.id;
      return pending.then(undefined, (error: unknown) => this.replyError(id, error));
    } catch (error) {
      const id = error instanceof InvalidFrame ? error.id : request?.id;
      this.replyError(id, error);
    }
  };

  close(code: CloseCode, reason: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.closeCode = code;
    this.ws.close(code, reason);
    const terminate = setTimeout(() => this.ws.terminate(), this.deps.config.closeTimeoutMs);
    terminate.unref();
    this.ws.once('close', () => clearTimeout(terminate));
  }

  /** ws closes the connection itself on a frame it refuses: remember the code it sent. */
  onSocketError(error: Error & { code?: string }): void {
    this.closeCode ??= wsRefusalCode(error.code);
  }

  /**
   * The close code to count: the gateway's own when it closed (a terminated peer may never echo
   * it), else the one the client sent, or 1006 when the connection ended without a close frame.
   */
  closedWith(received: number): number {
    return this.closeCode ?? received;
  }

  dispose(): void {
    this.deps.engine.removeSession(this.session);
  }

  /**
   * Called by the gateway's periodic sweep rather than from a timer of each connection's own: a
   * timer per connection cost about 250 bytes, for a close that may be up to one sweep late.
   */
  closeIfExpired(now: number): void {
    const expiresAt = this.context.expiresAt;
    if (expiresAt !== null && expiresAt <= now) {
      this.close(CloseCode.SessionExpired, CloseReason.sessionExpired);
    }
  }

  /** Heartbeats go out only on silence, and never to a connection whose writing is paused. */
  heartbeatIfSilent(now: number): void {
    if (this.session.blocked) return;
    if (now - this.session.lastWriteAt >= this.deps.config.heartbeatMs) {
      this.reply({ op: 'heartbeat', t: now });
    }
  }

  /** Returns a promise when the request waits for the feed; later requests wait for it. */
  private dispatch(request: ClientRequest, now: number): Promise<void> | void {
    switch (request.op) {
      case 'subscribe':
        return this.subscribe(request, now);
      case 'unsubscribe':
        return this.unsubscribe(request);
      case 'ping':
        return this.ping(request, now);
      case 'auth':
        return this.auth(request);
      default:
        throw new RequestError(ErrorCode.UnknownOp, `unknown op "${request.op}"`);
    }
  }

  private subscribe(request: ClientRequest, now: number): Promise<void> | void {
    if (this.session.pendingBytes > this.deps.config.highWatermarkBytes) {
      // A snapshot can be large: a client that does not read must not make the gateway buffer more.
      throw new RequestError(
        ErrorCode.RateLimited,
        'the connection is not reading its data: read it, then subscribe again',
      );
    }
    const order = readSubscribeOrder(request, this.context.limits);
    const market = this.deps.market;
    const { accepted, rejected } = screenSymbols(order.symbols, market, this.context.tiers);
    const ready = market.prepare(accepted);
    const { interval } = order.target;
    if (interval === undefined) {
      if (!ready) return this.completeSubscribe(order, accepted, rejected, [], now);
      return ready.then(() => this.completeSubscribe(order, accepted, rejected, [], Date.now()));
    }
    // A feed that cannot answer leaves the snapshot with the forming bar alone.
    const histories = Promise.all(
      accepted.map((state) => market.history(state, interval, order.historyLimit).catch(() => [])),
    );
    return Promise.all([ready, histories]).then(([, bars]) =>
      this.completeSubscribe(order, accepted, rejected, bars, Date.now()),
    );
  }

  /**
   * The synchronous end of a subscribe: the subscriptions start from each symbol's current
   * version in the same turn as the snapshot that carries it, so no update falls between.
   */
  private completeSubscribe(
    order: SubscribeOrder,
    accepted: SymbolState<Subscription>[],
    rejected: RequestError[],
    feedBars: Bar[][],
    now: number,
  ): void {
    if (this.session.closed) return;
    const { id, target, throttleMs, align } = order;
    const limits = this.context.limits;
    const stream = streamIndex(target.channel, target.interval);
    const limitExceeded: string[] = [];
    const subscribed: SymbolState<Subscription>[] = [];
    const subscribedBars: Bar[][] = [];
    accepted.forEach((state, i) => {
      const known = this.session.subscriptions.has(sharedSubscriptionKey(stream, state));
      if (!known && this.session.subscriptions.size >= limits.maxSubscriptions) {
        limitExceeded.push(state.symbol);
        return;
      }
      this.deps.engine.subscribe(this.session, stream, state, throttleMs, now, align);
      subscribed.push(state);
      subscribedBars.push(feedBars[i] ?? []);
    });
    if (limitExceeded.length > 0) {
      rejected.push(
        new RequestError(
          ErrorCode.LimitExceeded,
          `at most ${limits.maxSubscriptions} subscriptions per connection`,
          limitExceeded,
        ),
      );
    }
    for (const error of rejected) this.replyError(id, error);
    if (subscribed.length === 0) return;
    this.reply({
      op: 'subscribed',
      id,
      channel: target.channel,
      ...(target.interval ? { interval: target.interval } : {}),
      symbols: subscribed.map((state) => state.symbol),
      throttleMs,
      ...(align ? { align } : {}),
    });
    this.sendSnapshot(order, stream, subscribed, subscribedBars, now);
    this.deps.metrics.subscriptions.set(this.totalSubscriptions());
  }

  private unsubscribe(request: ClientRequest): void {
    const { request: fields, symbols } = readSymbolRequest(
      UnsubscribeRequestSchema,
      request.body,
      this.context.limits.maxSymbolsPerRequest,
    );
    const target = streamTargetOf(fields);
    const stream = streamIndex(target.channel, target.interval);
    const malformed = symbols.filter((symbol) => !isValidSymbol(symbol)).map(String);
    const valid = symbols.filter(isValidSymbol);
    for (const symbol of valid) this.deps.engine.unsubscribe(this.session, stream, symbol);
    if (malformed.length > 0) {
      this.replyError(request.id, malformedSymbols(malformed));
    }
    if (valid.length === 0) return;
    this.reply({
      op: 'unsubscribed',
      id: request.id,
      channel: target.channel,
      ...(target.interval ? { interval: target.interval } : {}),
      symbols: valid,
    });
    this.deps.metrics.subscriptions.set(this.totalSubscriptions());
  }

  private ping(request: ClientRequest, now: number): void {
    const { t } = readRequest(PingRequestSchema, request.body);
    this.reply({ op: 'pong', id: request.id, ...(t !== undefined ? { t } : {}), serverTime: now });
  }

  /**
   * Verifying the token is asynchronous: the promise holds later requests back (as a subscribe
   * waiting for the feed does), so that the `authed` or error comes before their replies.
   */
  private auth(request: ClientRequest): Promise<void> {
    const { token } = readRequest(AuthRequestSchema, request.body);
    return this.deps.authenticator.refresh(this.context, token).then(
      (tokenExpiresAt) => {
        if (this.session.closed) return;
        // A token that ends sooner than the session (an older one) never shortens it.
        const current = this.context.expiresAt;
        const expiresAt = current === null ? tokenExpiresAt : Math.max(current, tokenExpiresAt);
        this.context.expiresAt = expiresAt;
        this.reply({ op: 'authed', id: request.id, expiresAt });
      },
      (error: unknown) => {
        const message = error instanceof InvalidTokenError ? error.message : 'token refused';
        this.replyError(request.id, new RequestError(ErrorCode.Unauthorized, message));
      },
    );
  }

  private sendSnapshot(
    order: SubscribeOrder,
    stream: number,
    states: SymbolState<Subscription>[],
    feedBars: Bar[][],
    now: number,
  ): void {
    if (order.target.channel === 'quotes') {
      const fragments = states.filter((s) => s.hasState(stream)).map((s) => s.fragment(stream));
      this.write(`{"op":"snapshot","channel":"quotes","data":[${fragments.join(',')}]}`, now);
      return;
    }
    const interval = STREAMS[stream].interval as BarInterval;
    states.forEach((state, i) => {
      const data = this.deps.market.withFormingBar(
        state,
        interval,
        feedBars[i],
        order.historyLimit,
      );
      this.reply({ op: 'snapshot', channel: 'bars', interval, symbol: state.symbol, data });
    });
  }

  /** `id`: the dropped request's, read without parsing it (`peekRequestId`). */
  private onRateLimited(now: number, id: string | undefined): void {
    if (this.strikes.add(now) > this.deps.config.rateLimitStrikes) {
      this.close(CloseCode.PolicyViolation, CloseReason.rateLimited);
      return;
    }
    const limits = this.context.limits;
    this.replyError(
      id,
      new RequestError(
        ErrorCode.RateLimited,
        `more than ${limits.messagesPerSecond} messages/s (burst ${limits.messageBurst}): message dropped`,
      ),
    );
  }

  private replyError(id: string | undefined, error: unknown): void {
    const failure =
      error instanceof RequestError
        ? error
        : new RequestError(ErrorCode.BadRequest, 'the request could not be processed');
    this.deps.metrics.errors.inc({ code: failure.code });
    this.reply({
      op: 'error',
      ...(id !== undefined ? { id } : {}),
      code: failure.code,
      message: failure.message,
      ...(failure.symbols ? { symbols: failure.symbols } : {}),
    });
  }

  private reply(message: ServerMessage): void {
    this.write(JSON.stringify(message), Date.now());
  }

  private write(frame: string, now: number): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.deps.metrics.bytesSent.inc(this.session.write(frame, now));
  }

  private totalSubscriptions(): number {
    return this.deps.engine.subscriptionCount;
  }
}

/** The id of a text frame, read without parsing it (for errors about frames not handled). */
function peekFrameId(data: RawData, isBinary: boolean): string | undefined {
  return isBinary ? undefined : peekRequestId(rawToBuffer(data));
}
