import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import {
  BusConnection,
  BusKeys,
  FEED_SILENCE_MS,
  type FeedInfo,
  SymbolSync,
  type SyncSink,
  decodeBarText,
  decodeFeedInfo,
  decodeHeartbeat,
  decodeSnapshot,
  decodeSymbolMessage,
} from '@tickwire/bus';
import {
  type Bar,
  BAR_INTERVALS,
  backoffDelay,
  type BarInterval,
  type FeedStatusEvent,
  type Tick,
} from '@tickwire/protocol';
import { Subject } from 'rxjs';
import { describeBus } from '@tickwire/config';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { type FeedControl, type FeedInstrument } from './feed.types';
import { MarketFeed } from './market-feed';

/** State reads issued together when many symbols are (re)taken over at once. */
const READ_BATCH = 200;
const WATCHDOG_MS = 250;
/** Pauses between looks for the feed process's info on the bus, while it is not there yet. */
const WAIT_FOR_FEED = { baseMs: 200, capMs: 2000 };
const TICKS_CHANNEL = /^tw:\{(.+)\}:ticks$/;

interface Held {
  sync: SymbolSync;
  /** The bus confirmed the channel's subscription. */
  subscribed: boolean;
}

/**
 * The market as the feed process publishes it on Redis (docs/architecture.md, "The bus").
 * Per held symbol: subscribe to its channel first, then read its state, then apply the ticks that
 * follow it (SymbolSync). The feed's heartbeat tells that data flows: without it for
 * FEED_SILENCE_MS every held quote goes out once as `stale`; when it is back, every held symbol is
 * read again (it may have missed ticks) and data is fresh again. A heartbeat of another epoch
 * means the feed restarted: the catalog is read again and every symbol is taken over anew.
 */
@Injectable()
export class RedisFeed extends MarketFeed implements OnModuleInit, OnApplicationShutdown {
  readonly source = 'redis' as const;
  readonly holdsAll = false;
  private readonly logger = new Logger('RedisFeed');
  private readonly where: string;
  private readonly tickSubject = new Subject<Tick>();
  private readonly statusSubject = new Subject<FeedStatusEvent>();
  private readonly controls = new Subject<FeedControl>();
  readonly ticks$ = this.tickSubject.asObservable();
  readonly status$ = this.statusSubject.asObservable();
  readonly control$ = this.controls.asObservable();
  private info: FeedInfo | undefined;
  private bySymbol = new Map<string, FeedInstrument>();
  private readonly held = new Map<string, Held>();
  /** Symbols whose state must be read (again), read in batches by the watchdog or at once. */
  private readonly toRead = new Set<string>();
  private reading = false;
  private fresh = false;
  private lastHeartbeatAt = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private loaded: Promise<void> | undefined;
  private reloading = false;
  private stopped = false;
  private invalidCount = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly bus: BusConnection,
  ) {
    super();
    this.where = describeBus(config.bus);
  }

  get epoch(): string {
    return this.info?.epoch ?? 'none';
  }

  get connected(): boolean {
    return this.fresh;
  }

  onModuleInit(): void {
    void this.ready();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    this.bus.close();
  }

  ready(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  instruments(): readonly FeedInstrument[] {
    return this.info?.instruments ?? [];
  }

  instrument(symbol: string): FeedInstrument | undefined {
    return this.bySymbol.get(symbol);
  }

  async acquire(symbols: readonly string[]): Promise<void> {
    const added: string[] = [];
    for (const symbol of symbols) {
      if (this.held.has(symbol) || !this.bySymbol.has(symbol)) continue;
      this.held.set(symbol, { sync: new SymbolSync(symbol, this.sink), subscribed: false });
      added.push(symbol);
    }
    if (added.length === 0) return;
    try {
      await this.subscribeHeld(added);
      await this.readStates(added);
    } catch (error) {
      // The bus is down: these symbols are read as soon as it is back.
      for (const symbol of added) this.toRead.add(symbol);
      this.logger.debug(`taking over ${added.length} symbols failed: ${String(error)}`);
    }
  }

  release(symbols: readonly string[]): void {
    const channels: string[] = [];
    for (const symbol of symbols) {
      const held = this.held.get(symbol);
      if (!held) continue;
      this.held.delete(symbol);
      this.toRead.delete(symbol);
      if (held.subscribed) channels.push(BusKeys.ticks(symbol));
    }
    if (channels.length > 0) this.bus.unsubscribe(channels).catch(() => undefined);
  }

  async history(symbol: string, interval: BarInterval, limit: number): Promise<Bar[]> {
    const commands = this.bus.commands;
    const [closed, state] = await Promise.all([
      commands.lRange(BusKeys.bars(symbol, interval), -limit, -1),
      commands.get(BusKeys.state(symbol)),
    ]);
    const bars = closed.map((text) => decodeBarText(symbol, text));
    const forming = state
      ? decodeSnapshot(symbol, state).bars[BAR_INTERVALS.indexOf(interval)]
      : undefined;
    if (forming) {
      while (bars.length > 0 && bars[bars.length - 1].time >= forming.time) bars.pop();
      bars.push(forming);
    }
    return bars.slice(-limit);
  }

  /** Resolves once the catalog is known; never rejects (a gateway closed meanwhile stops it). */
  private async load(): Promise<void> {
    this.logger.log(`connecting to the feed on ${this.where}`);
    try {
      await this.bus.connect();
    } catch (error) {
      if (!this.stopped) this.logger.error(`cannot use the bus: ${String(error)}`);
      return;
    }
    let listening = false;
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        if (!listening) await this.bus.subscribe([BusKeys.heartbeat], this.onHeartbeat);
        listening = true;
        const info = await this.readFeedInfo();
        if (info) {
          this.adopt(info);
          break;
        }
        if (attempt % 10 === 0) this.logger.log(`waiting for the feed process on ${this.where}`);
      } catch (error) {
        if (attempt % 10 === 0) this.logger.warn(`waiting for the bus: ${String(error)}`);
      }
      await sleep(backoffDelay(attempt, WAIT_FOR_FEED) + 100);
    }
    if (this.stopped) return;
    this.watchdog = setInterval(() => this.checkFeed(Date.now()), WATCHDOG_MS);
    this.watchdog.unref();
    this.logger.log(`feed ${this.epoch}: ${this.info?.instruments.length} instruments`);
  }

  /** The feed's catalog; undefined while there is none (yet) or it is malformed. */
  private async readFeedInfo(): Promise<FeedInfo | undefined> {
    const text = await this.bus.commands.get(BusKeys.feed);
    if (!text) return undefined;
    try {
      return decodeFeedInfo(text);
    } catch (error) {
      this.onInvalid(error);
      return undefined;
    }
  }

  private adopt(info: FeedInfo): void {
    this.info = info;
    this.bySymbol = new Map(info.instruments.map((instrument) => [instrument.symbol, instrument]));
  }

  private readonly onHeartbeat = (message: string): void => {
    let epoch: string;
    try {
      epoch = decodeHeartbeat(message).epoch;
    } catch (error) {
      this.onInvalid(error);
      return;
    }
    if (!this.info) return;
    this.lastHeartbeatAt = Date.now();
    if (epoch !== this.info.epoch) {
      void this.onNewEpoch(epoch);
      return;
    }
    if (!this.fresh && !this.reading) void this.recover();
  };

  private readonly onMessage = (message: string, channel: string): void => {
    const symbol = TICKS_CHANNEL.exec(channel)?.[1];
    const held = symbol === undefined ? undefined : this.held.get(symbol);
    if (!held || symbol === undefined) return;
    try {
      const decoded = decodeSymbolMessage(symbol, message);
      // Another epoch's message: the feed restarted; its heartbeat switches the epoch.
      if (decoded.epoch !== this.info?.epoch) return;
      held.sync.onMessage(decoded);
    } catch (error) {
      this.onInvalid(error);
      held.sync.begin();
      this.requestRead(symbol);
    }
  };

  private readonly sink: SyncSink = {
    reset: (snapshot) => this.controls.next({ type: 'reset', snapshot }),
    tick: (tick) => this.tickSubject.next(tick),
    status: (symbol, kind, ts) => this.statusSubject.next({ kind, symbol, ts }),
    resync: (symbol, reason) => {
      this.metrics.busResyncs.inc({ reason });
      this.requestRead(symbol);
    },
  };

  private checkFeed(now: number): void {
    if (this.fresh && now - this.lastHeartbeatAt > FEED_SILENCE_MS) {
      this.fresh = false;
      this.logger.warn(`no heartbeat from the feed for ${FEED_SILENCE_MS} ms: quotes are stale`);
      for (const held of this.held.values()) held.sync.begin();
      this.controls.next({ type: 'stale' });
    }
    if (this.toRead.size > 0 && !this.reading) void this.drainReads();
  }

  /** The heartbeat is back: every held symbol may have missed ticks, so read them all again. */
  private async recover(): Promise<void> {
    // A restarted feed may no longer simulate some held symbols: they would never be read.
    const gone = [...this.held.keys()].filter((symbol) => !this.bySymbol.has(symbol));
    if (gone.length > 0) this.release(gone);
    for (const [symbol, held] of this.held) {
      held.sync.begin();
      this.toRead.add(symbol);
    }
    await this.drainReads();
    if (this.toRead.size > 0 || this.stopped) return;
    if (!this.fresh) {
      this.fresh = true;
      this.logger.log(`feed ${this.epoch} is live (${this.held.size} symbols held)`);
      this.controls.next({ type: 'fresh' });
    }
  }

  private async onNewEpoch(epoch: string): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    try {
      const info = await this.readFeedInfo();
      if (!info || info.epoch !== epoch) return;
      this.logger.warn(`the feed restarted: epoch ${this.epoch} -> ${info.epoch}`);
      this.adopt(info);
      this.fresh = false;
      this.controls.next({ type: 'epoch', epoch: info.epoch });
      await this.recover();
    } catch (error) {
      // The bus failed while reading the new catalog: the next heartbeat tries again.
      this.logger.warn(`reading the restarted feed's catalog failed: ${String(error)}`);
    } finally {
      this.reloading = false;
    }
  }

  private requestRead(symbol: string): void {
    this.toRead.add(symbol);
    if (!this.reading) void this.drainReads();
  }

  /**
   * Subscribes what is not subscribed yet, then reads the states in batches. A symbol that must
   * be read once more (its state not written yet, another gap) waits for the next watchdog round.
   */
  private async drainReads(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    const round = [...this.toRead];
    this.toRead.clear();
    try {
      for (let i = 0; i < round.length && !this.stopped; i += READ_BATCH) {
        const batch = round.slice(i, i + READ_BATCH).filter((symbol) => this.held.has(symbol));
        try {
          await this.subscribeHeld(batch);
          await this.readStates(batch);
        } catch {
          for (const symbol of round.slice(i)) if (this.held.has(symbol)) this.toRead.add(symbol);
          return;
        }
      }
    } finally {
      this.reading = false;
    }
  }

  private async subscribeHeld(symbols: readonly string[]): Promise<void> {
    const pending = symbols.filter((symbol) => this.held.get(symbol)?.subscribed === false);
    if (pending.length === 0) return;
    await this.bus.subscribe(
      pending.map((symbol) => BusKeys.ticks(symbol)),
      this.onMessage,
    );
    for (const symbol of pending) {
      const held = this.held.get(symbol);
      if (held) held.subscribed = true;
    }
  }

  private async readStates(symbols: readonly string[]): Promise<void> {
    const texts = await Promise.all(
      symbols.map((symbol) => this.bus.commands.get(BusKeys.state(symbol))),
    );
    symbols.forEach((symbol, i) => {
      const held = this.held.get(symbol);
      const text = texts[i];
      if (!held) return;
      if (text === null) {
        // Not written yet (the feed is seeding): read again on the next watchdog round.
        this.toRead.add(symbol);
        return;
      }
      try {
        const snapshot = decodeSnapshot(symbol, text);
        if (snapshot.epoch !== this.info?.epoch) {
          this.toRead.add(symbol);
          return;
        }
        held.sync.onSnapshot(snapshot);
      } catch (error) {
        this.onInvalid(error);
        this.toRead.add(symbol);
      }
    });
  }

  private onInvalid(error: unknown): void {
    this.metrics.busInvalidMessages.inc();
    // The first of each hundred: a flood of bad messages must not become a flood of log lines.
    if (this.invalidCount++ % 100 !== 0) return;
    this.logger.warn(`invalid bus data: ${error instanceof Error ? error.message : String(error)}`);
  }
}
