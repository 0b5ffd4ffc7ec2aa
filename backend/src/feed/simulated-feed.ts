import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { MarketSimulator } from '@tickwire/market-sim';
import {
  type Bar,
  BAR_INTERVALS,
  type BarInterval,
  type FeedStatusEvent,
  type Tick,
} from '@tickwire/protocol';
import { type Observable, Subject } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type FeedControl, type FeedInstrument } from './feed.types';
import { MarketFeed } from './market-feed';

/** The default feed: the embedded simulator, configured from the FEED_* variables. */
@Injectable()
export class SimulatedFeed extends MarketFeed implements OnModuleInit, OnModuleDestroy {
  readonly source = 'embedded' as const;
  readonly epoch = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  readonly holdsAll = true;
  readonly connected = true;
  readonly simulator: MarketSimulator;
  readonly ticks$: Observable<Tick>;
  readonly status$: Observable<FeedStatusEvent>;
  private readonly controls = new Subject<FeedControl>();
  readonly control$ = this.controls.asObservable();
  private readonly bySymbol: Map<string, FeedInstrument>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    const { seed, symbols, ticksPerSecond } = config.feed;
    this.simulator = new MarketSimulator({
      seed,
      ticksPerSecond,
      ...(symbols.length > 0 ? { symbols } : {}),
    });
    this.ticks$ = this.simulator.ticks$;
    this.status$ = this.simulator.status$;
    this.bySymbol = new Map(this.simulator.instruments.map((i) => [i.symbol, i]));
  }

  onModuleInit(): void {
    this.simulator.start();
  }

  onModuleDestroy(): void {
    this.simulator.stop();
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  instruments(): readonly FeedInstrument[] {
    return this.simulator.instruments;
  }

  instrument(symbol: string): FeedInstrument | undefined {
    return this.bySymbol.get(symbol);
  }

  /** Every symbol is live in this process: taking one over is reading it, synchronously. */
  acquire(symbols: readonly string[]): Promise<void> {
    for (const symbol of symbols) {
      const bars = BAR_INTERVALS.map((interval) => {
        const history = this.simulator.history(symbol, interval, 1);
        return history[history.length - 1];
      });
      this.controls.next({
        type: 'reset',
        snapshot: {
          epoch: this.epoch,
          symbol,
          tick: this.simulator.snapshot(symbol),
          halted: this.simulator.isHalted(symbol),
          bars,
        },
      });
    }
    return Promise.resolve();
  }

  release(): void {
    // The simulator keeps every symbol anyway.
  }

  history(symbol: string, interval: BarInterval, limit: number): Promise<Bar[]> {
    return Promise.resolve(this.simulator.history(symbol, interval, limit));
  }
}
