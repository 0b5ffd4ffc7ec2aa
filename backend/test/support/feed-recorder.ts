import { type Subscription } from 'rxjs';
import { type MarketFeed } from '../../src/feed/market-feed';
import { type Tick } from '@tickwire/protocol';

/** Records every tick the in-process feed emits, with its arrival time. */
export class FeedRecorder {
  readonly ticks: (Tick & { arrivedAt: number })[] = [];
  private readonly subscription: Subscription;

  constructor(feed: MarketFeed) {
    this.subscription = feed.ticks$.subscribe((tick) =>
      this.ticks.push({ ...tick, arrivedAt: Date.now() }),
    );
  }

  stop(): void {
    this.subscription.unsubscribe();
  }

  of(symbol: string): Tick[] {
    return this.ticks.filter((tick) => tick.symbol === symbol);
  }
}
