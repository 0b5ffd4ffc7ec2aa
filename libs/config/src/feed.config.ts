import { type EnvReader } from './env-reader';

export interface FeedConfig {
  /** PRNG seed: the same seed replays the same market. */
  seed: number;
  /** Symbols to simulate; empty means the whole catalog. */
  symbols: string[];
  /** Total ticks per second over all symbols. */
  ticksPerSecond: number;
}

export function readFeedConfig(env: EnvReader): FeedConfig {
  return {
    seed: env.int('FEED_SEED', 20261125, { min: 0, max: 2 ** 32 - 1 }),
    symbols: env.list('FEED_SYMBOLS'),
    ticksPerSecond: env.number('FEED_TICKS_PER_SECOND', 2000, { min: 0, max: 1_000_000 }),
  };
}
