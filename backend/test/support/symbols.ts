import { INSTRUMENTS } from '@tickwire/market-sim';

/**
 * The first `count` symbols of the catalog, as a FEED_SYMBOLS value: a test that needs a given
 * update rate per symbol feeds exactly the symbols it subscribes to, whatever the catalog's size.
 */
export function firstSymbols(count: number): string {
  return INSTRUMENTS.slice(0, count)
    .map((instrument) => instrument.symbol)
    .join(',');
}
