import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { MarketSimulator } from '@tickwire/market-sim';
import { type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  type FeedBar,
  type FeedHistoryInterval,
  type FeedInstrument,
  type FeedStatus,
  type FeedTick,
} from './feed.types';
import { MarketFeed } from './market-feed';

/** The default feed: the embedded simulator, configured from the FEED_* variables. */
@Injectable()
export class SimulatedFeed extends MarketFeed implements OnModuleInit, OnModuleDestroy {
  readonly epoch = randomBytes(4).toString('hex');
  readonly simulator: MarketSimulator;
  readonly ticks$: Observable<FeedTick>;
  readonly status$: Observable<FeedStatus>;
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

  instruments(): readonly FeedInstrument[] {
    return this.simulator.instruments;
  }

  instrument(symbol: string): FeedInstrument | undefined {
    return this.bySymbol.get(symbol);
  }

  latest(symbol: string): FeedTick | undefined {
    return this.simulator.snapshot(symbol);
  }

  isHalted(symbol: string): boolean {
    return this.simulator.isHalted(symbol);
  }

  history(symbol: string, interval: FeedHistoryInterval, limit: number): FeedBar[] {
    return this.simulator.history(symbol, interval, limit);
  }
}
