import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type Bar, type BarInterval, type FeedStatusEvent, type Tick } from '@tickwire/protocol';
import { type Subscription as RxSubscription } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type FeedControl, type FeedInstrument } from '../feed/feed.types';
import { MarketFeed } from '../feed/market-feed';
import { type MarketListener, NO_LISTENER } from './market-listener';
import { streamIndex } from './streams';
import { SymbolState } from './symbol-state';

/** Period of the sweep that gives back symbols nobody held for FEED_RELEASE_AFTER_MS. */
const RELEASE_SWEEP_MS = 1_000;

/**
 * The latest state of every symbol the gateway serves, updated from every tick; each change is
 * told to one listener (the fan-out). Symbols are taken over from the feed on demand (`prepare`)
 * and given back when nothing has held them (`hold`/`drop`) for FEED_RELEASE_AFTER_MS, so that a
 * quick resubscribe costs nothing; a feed that holds everything anyway (the embedded simulator)
 * is taken over whole at start-up.
 */
@Injectable()
export class MarketStateService implements OnModuleInit, OnModuleDestroy {
  private readonly symbols = new Map<string, SymbolState>();
  private listener: MarketListener = NO_LISTENER;
  private nextIndex = 0;
  private readonly subscriptions: RxSubscription[] = [];
  private readonly acquiring = new Map<string, Promise<void>>();
  private releaseTimer: NodeJS.Timeout | undefined;
  private tickCount = 0;
  private lastTickLagMs = 0;
  private lastArrival: number | undefined;

  private readonly releaseAfterMs: number;

  constructor(
    private readonly feed: MarketFeed,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.releaseAfterMs = config.feedReleaseAfterMs;
  }

  /**
   * The embedded feed is ready at once. A bus feed may not be (Redis or the feed process not up
   * yet): the gateway starts anyway, serves liveness, and answers 503 to what needs the market
   * until the catalog arrived (`loaded`).
   */
  async onModuleInit(): Promise<void> {
    if (this.feed.holdsAll) {
      await this.feed.ready();
      this.populate();
      await this.feed.acquire([...this.symbols.keys()]);
      return;
    }
    void this.feed.ready().then(() => this.populate());
    this.releaseTimer = setInterval(() => this.releaseUnheld(Date.now()), RELEASE_SWEEP_MS);
    this.releaseTimer.unref();
  }

  /** True once the feed's catalog is known. */
  get loaded(): boolean {
    return this.symbols.size > 0;
  }

  /** Every later change goes to `listener` (one: the fan-out engine). */
  listen(listener: MarketListener): void {
    this.listener = listener;
  }

  /** A subscription now holds `state`: the feed must keep delivering it. */
  hold(state: SymbolState): void {
    state.holders++;
  }

  /** A subscription let `state` go; it is released once nothing held it for a while. */
  drop(state: SymbolState): void {
    state.holders--;
  }

  private populate(): void {
    for (const instrument of this.feed.instruments()) this.addSymbol(instrument);
    this.subscriptions.push(
      this.feed.control$.subscribe((event) => this.onControl(event)),
      this.feed.ticks$.subscribe((tick) => this.onTick(tick)),
      this.feed.status$.subscribe((event) => this.onStatus(event)),
    );
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions.length = 0;
    if (this.releaseTimer) clearInterval(this.releaseTimer);
  }

  get(symbol: string): SymbolState | undefined {
    return this.symbols.get(symbol);
  }

  all(): IterableIterator<SymbolState> {
    return this.symbols.values();
  }

  /**
   * Makes sure the feed delivers these symbols: null when all of them are live already (always,
   * with the embedded feed), otherwise a promise that settles once they were taken over.
   */
  prepare(states: readonly SymbolState[]): Promise<void> | null {
    const waits: Promise<void>[] = [];
    const missing: string[] = [];
    for (const state of states) {
      if (state.live) continue;
      const pending = this.acquiring.get(state.symbol);
      if (pending) waits.push(pending);
      else missing.push(state.symbol);
    }
    if (missing.length > 0) {
      const acquired = this.feed.acquire(missing).finally(() => {
        for (const symbol of missing) this.acquiring.delete(symbol);
      });
      for (const symbol of missing) this.acquiring.set(symbol, acquired);
      waits.push(acquired);
    }
    return waits.length === 0 ? null : Promise.all(waits).then(() => undefined);
  }

  /** The last `limit` closed bars of a symbol, oldest first, as the feed keeps them. */
  history(state: SymbolState, interval: BarInterval, limit: number): Promise<Bar[]> {
    return this.feed.history(state.symbol, interval, limit);
  }

  /**
   * The feed's bars ending with the bar this gateway is forming, so that snapshots and live
   * updates agree exactly. Synchronous, so that it can run in the same turn as the subscription.
   */
  withFormingBar(state: SymbolState, interval: BarInterval, feedBars: Bar[], limit: number): Bar[] {
    const symbol = state.symbol;
    const bars: Bar[] = feedBars.map((bar) => ({ ...bar, symbol }));
    const forming = state.live ? state.formingBar(streamIndex('bars', interval)).bar : undefined;
    if (forming) {
      while (bars.length > 0 && bars[bars.length - 1].time >= forming.time) bars.pop();
      bars.push({ ...forming });
    }
    return bars.slice(-limit);
  }

  /** Ticks received since start (for the rate gauges). */
  get ticksReceived(): number {
    return this.tickCount;
  }

  /** Epoch ms at which the latest tick arrived, or undefined before the first. */
  get lastTickAt(): number | undefined {
    return this.lastArrival;
  }

  /** Arrival time minus `ts` of the latest tick, in ms. */
  get feedLagMs(): number {
    return this.lastTickLagMs;
  }

  private onTick(tick: Tick): void {
    const state = this.symbols.get(tick.symbol);
    if (!state?.live) return;
    state.applyTick(tick, this.listener);
    this.listener.changed(state);
    this.tickCount++;
    const now = Date.now();
    this.lastArrival = now;
    this.lastTickLagMs = now - tick.ts;
  }

  private onStatus(event: FeedStatusEvent): void {
    if (!event.symbol) return;
    const state = this.symbols.get(event.symbol);
    if (!state?.live) return;
    if (event.kind === 'halted') state.setStatus('halted');
    if (event.kind === 'resumed') state.setStatus('trading');
    this.listener.changed(state);
  }

  private onControl(event: FeedControl): void {
    if (event.type === 'reset') {
      const state = this.symbols.get(event.snapshot.symbol);
      if (!state) return;
      state.reset(event.snapshot);
      this.listener.changed(state);
    } else if (event.type === 'epoch') {
      // A restarted feed may simulate other symbols. Every client is being closed (1012), so the
      // states of symbols it no longer has can go.
      const catalog = new Set(this.feed.instruments().map((instrument) => instrument.symbol));
      for (const symbol of this.symbols.keys()) {
        if (!catalog.has(symbol)) this.symbols.delete(symbol);
      }
      for (const instrument of this.feed.instruments()) {
        if (!this.symbols.has(instrument.symbol)) this.addSymbol(instrument);
      }
    } else if (event.type === 'stale') {
      // Each quote a client holds goes out once more, marked stale; fresh ones replace them.
      for (const state of this.symbols.values()) {
        if (!state.live || !state.quote) continue;
        state.setStatus('stale');
        this.listener.changed(state);
      }
    }
  }

  private addSymbol(instrument: FeedInstrument): void {
    this.symbols.set(instrument.symbol, new SymbolState(instrument, this.nextIndex++));
  }

  private releaseUnheld(now: number): void {
    const released: string[] = [];
    for (const state of this.symbols.values()) {
      if (!state.live || state.holders > 0) {
        state.unheldSince = 0;
        continue;
      }
      if (state.unheldSince === 0) state.unheldSince = now;
      else if (now - state.unheldSince >= this.releaseAfterMs) {
        state.live = false;
        state.unheldSince = 0;
        released.push(state.symbol);
      }
    }
    if (released.length > 0) this.feed.release(released);
  }
}
