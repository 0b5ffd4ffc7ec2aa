import { INSTRUMENTS, Random } from '@tickwire/market-sim';

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
  const random = new Random(seed);
  return Array.from({ length: connections }, () => pickDistinct(symbols, perConnection, random));
}

/** `count` distinct items of `items`, chosen with `random` (partial Fisher-Yates). */
function pickDistinct<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random.uniform() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}
