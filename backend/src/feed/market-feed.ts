import { type Bar, type BarInterval, type FeedStatusEvent, type Tick } from '@tickwire/protocol';
import { type Observable } from 'rxjs';
import { type FeedSource } from '../config/app-config';
import { type FeedControl, type FeedInstrument } from './feed.types';

/**
 * The gateway's only view of the market (a Nest injection token: provide a subclass). The
 * embedded simulator is the default; the Redis bus replaces it without touching the gateway.
 * Demand-driven: the gateway `acquire`s the symbols its clients hold and `release`s the others;
 * a feed that keeps every symbol anyway (`holdsAll`) is acquired once, whole, at start-up.
 */
export abstract class MarketFeed {
  abstract readonly source: FeedSource;
  /** Changes whenever the feed restarts: seq numbers are only comparable within one epoch. */
  abstract readonly epoch: string;
  abstract readonly holdsAll: boolean;
  /** Every tick of every acquired symbol, in order per symbol. */
  abstract readonly ticks$: Observable<Tick>;
  abstract readonly status$: Observable<FeedStatusEvent>;
  abstract readonly control$: Observable<FeedControl>;
  /** True while live data flows (the bus and the feed process answer). */
  abstract readonly connected: boolean;
  /** Resolves once the catalog is known (a bus feed waits for its feed process). */
  abstract ready(): Promise<void>;
  abstract instruments(): readonly FeedInstrument[];
  abstract instrument(symbol: string): FeedInstrument | undefined;
  /**
   * Takes symbols over: each one's state arrives as a `reset` on `control$`, then every later
   * tick on `ticks$`. Resolves when that happened, or when the bus is down (the symbols are then
   * reset as soon as it is back).
   */
  abstract acquire(symbols: readonly string[]): Promise<void>;
  abstract release(symbols: readonly string[]): void;
  /** Bars oldest first, the last one forming now; at most `limit`. Rejects if unreachable. */
  abstract history(symbol: string, interval: BarInterval, limit: number): Promise<Bar[]>;
}
