import { INSTRUMENTS } from '@tickwire/market-sim';
import { createRandom, pickDistinct } from './prng';

/** The symbols the feed simulates: the first `count` of the catalog, the same for every server. */
export function benchSymbols(count: number): string[] {
  if (INSTRUMENTS.length < count) {
    throw new Error(`the catalog has ${INSTRUMENTS.length} instruments, the bench needs ${count}`);
  }
  return INSTRUMENTS.slice(0, count).map((instrument) => instrument.symbol);
}

/** One random symbol list per connection, the same for every server in a run (seeded). */
export function randomSubscriptions(
  symbols: readonly string[],
  connections: number,
  perConnection: number,
  seed: number,
): string[][] {
  const random = createRandom(seed);
  return Array.from({ length: connections }, () => pickDistinct(symbols, perConnection, random));
}
