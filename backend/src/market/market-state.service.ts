import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { BAR_INTERVALS, type Bar, type BarInterval } from '@tickwire/protocol';
import { type Subscription as RxSubscription } from 'rxjs';
import { type FeedStatus, type FeedTick } from '../feed/feed.types';
import { MarketFeed } from '../feed/market-feed';
import { streamIndex } from './streams';
import { type StreamSubscriber, SymbolState } from './symbol-state';

/**
 * The latest state of every symbol of the feed, updated from every tick. Symbols that changed
 * since the last flush are collected in `dirty`, which the fan-out engine drains.
 */
@Injectable()
export class MarketStateService<S extends StreamSubscriber = StreamSubscriber>
  implements OnModuleInit, OnModuleDestroy
{
  readonly dirty = new Set<SymbolState<S>>();
  private readonly symbols = new Map<string, SymbolState<S>>();
  private readonly subscriptions: RxSubscription[] = [];
  private tickCount = 0;
  private lastTickLagMs = 0;

  constructor(private readonly feed: MarketFeed) {}

  onModuleInit(): void {
    for (const instrument of this.feed.instruments()) {
      const state = new SymbolState<S>(instrument);
      BAR_INTERVALS.forEach((interval, position) => {
        const history = this.feed.history(instrument.symbol, interval, 1);
        state.formingBar(position + 1).seed(history[history.length - 1]);
      });
      if (this.feed.isHalted(instrument.symbol)) state.setStatus('halted');
      const latest = this.feed.latest(instrument.symbol);
      if (latest) state.seedQuote(latest);
      this.symbols.set(instrument.symbol, state);
    }
    this.subscriptions.push(
      this.feed.ticks$.subscribe((tick) => this.onTick(tick)),
      this.feed.status$.subscribe((event) => this.onStatus(event)),
    );
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions.length = 0;
  }

  get(symbol: string): SymbolState<S> | undefined {
    return this.symbols.get(symbol);
  }

  all(): IterableIterator<SymbolState<S>> {
    return this.symbols.values();
  }

  /**
   * The last `limit` bars of a symbol, oldest first: the feed's history, ending with the bar the
   * gateway is forming (so that snapshots and live updates agree exactly).
   */
  bars(state: SymbolState<S>, interval: BarInterval, limit: number): Bar[] {
    const symbol = state.symbol;
    const bars: Bar[] = this.feed
      .history(symbol, interval, limit)
      .map((bar) => ({ ...bar, symbol }));
    const forming = state.formingBar(streamIndex('bars', interval)).bar;
    const last = bars[bars.length - 1];
    if (forming && (!last || last.time <= forming.time)) {
      if (last?.time === forming.time) bars.pop();
      bars.push({ ...forming });
      if (bars.length > limit) bars.shift();
    }
    return bars;
  }

  /** Ticks received since start (for the rate gauges). */
  get ticksReceived(): number {
    return this.tickCount;
  }

  /** Arrival time minus `ts` of the latest tick, in ms. */
  get feedLagMs(): number {
    return this.lastTickLagMs;
  }

  private onTick(tick: FeedTick): void {
    const state = this.symbols.get(tick.symbol);
    if (!state) return;
    state.applyTick(tick);
    this.dirty.add(state);
    this.tickCount++;
    this.lastTickLagMs = Date.now() - tick.ts;
  }

  private onStatus(event: FeedStatus): void {
    if (!event.symbol) return;
    const state = this.symbols.get(event.symbol);
    if (!state) return;
    if (event.kind === 'halted') state.setStatus('halted');
    if (event.kind === 'resumed') state.setStatus('trading');
    this.dirty.add(state);
  }
}
