import type { Observable } from 'rxjs';
import { MarketSimulator } from '@tickwire/market-sim';
import type { Tick } from '@tickwire/protocol';

/** What the peer servers need from the feed: the same simulator, seed and rates as the gateway. */
export interface PeerFeed {
  readonly ticks$: Observable<Tick>;
  start(): void;
  stop(): void;
}

export interface PeerFeedOptions {
  seed: number;
  symbols: string[];
  ticksPerSecond: number;
}

/** Built with the same options as the gateway's SimulatedFeed, so the workload is identical. */
export function createPeerFeed(options: PeerFeedOptions): PeerFeed {
  return new MarketSimulator({
    seed: options.seed,
    ticksPerSecond: options.ticksPerSecond,
    ...(options.symbols.length > 0 ? { symbols: options.symbols } : {}),
  });
}

/** The wire Quote of the protocol, built from a tick exactly as the gateway documents it. */
export function toQuote(tick: Tick) {
  const change = tick.last - tick.prevClose;
  return {
    ...tick,
    change: Math.round(change * 1e8) / 1e8,
    changePct: Math.round(((100 * change) / tick.prevClose) * 1e4) / 1e4,
    status: 'trading' as const,
  };
}

/** Peer servers read the same variables as the gateway, plus the throttle of the workload. */
export function readPeerEnv(env: NodeJS.ProcessEnv) {
  return {
    port: Number(env['PORT'] ?? 0),
    throttleMs: Number(env['THROTTLE_MS'] ?? 100),
    feed: {
      seed: Number(env['FEED_SEED'] ?? 1),
      symbols: (env['FEED_SYMBOLS'] ?? '').split(',').filter((symbol) => symbol.length > 0),
      ticksPerSecond: Number(env['FEED_TICKS_PER_SECOND'] ?? 2000),
    },
  };
}
