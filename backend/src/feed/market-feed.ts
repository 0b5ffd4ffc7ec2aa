import { type Observable } from 'rxjs';
import {
  type FeedBar,
  type FeedHistoryInterval,
  type FeedInstrument,
  type FeedStatus,
  type FeedTick,
} from './feed.types';

/**
 * The gateway's only view of the market (a Nest injection token: provide a subclass).
 * The embedded simulator is the default; a bus-backed feed replaces it without touching the gateway.
 */
export abstract class MarketFeed {
  /** Changes whenever the feed restarts: seq numbers are only comparable within one epoch. */
  abstract readonly epoch: string;
  /** Hot: every tick of every symbol, in timestamp order. */
  abstract readonly ticks$: Observable<FeedTick>;
  abstract readonly status$: Observable<FeedStatus>;
  abstract instruments(): readonly FeedInstrument[];
  abstract instrument(symbol: string): FeedInstrument | undefined;
  /** Latest tick of a symbol, if it ever traded. */
  abstract latest(symbol: string): FeedTick | undefined;
  abstract isHalted(symbol: string): boolean;
  /** Bars oldest first, the last one forming now; at most `limit`. */
  abstract history(symbol: string, interval: FeedHistoryInterval, limit: number): FeedBar[];
}
