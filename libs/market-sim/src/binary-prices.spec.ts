import { decode } from '@msgpack/msgpack';
import { type Quote } from '@tickwire/protocol';
import {
  decodeServerMessage,
  encodeQuoteFragment,
  frameHead,
  joinFrame,
  scalesFor,
} from '@tickwire/protocol/msgpack';
import { INSTRUMENTS, findInstrument } from './catalog/catalog';
import { DecimalGrid } from './price-grid';
import { sessionChange } from '@tickwire/protocol';

/**
 * The binary encoding sends prices as integer mantissas at the instrument's scale: for every
 * instrument of the catalog and any price or size the simulator can make (count * step), the
 * decoded number must be the very double JSON.parse gives for the JSON text.
 */
describe('binary prices and sizes over the whole catalog', () => {
  let seed = 20261201;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const head = frameHead({ op: 'snapshot', channel: 'quotes' });

  it.each(INSTRUMENTS.map((instrument) => [instrument.symbol, instrument] as const))(
    '%s: every decoded value equals JSON.parse of its JSON',
    (_symbol, instrument) => {
      const prices = new DecimalGrid(instrument.tickSize);
      const lots = new DecimalGrid(instrument.lotSize);
      const scales = scalesFor(instrument);
      const reference = prices.nearest(instrument.refPrice);
      const pieces: Uint8Array[] = [];
      const quotes: Quote[] = [];
      for (let i = 0; i < 100; i++) {
        // From a tenth to ten times the reference price, and sizes up to a billion lots.
        const price = () =>
          prices.toValue(Math.max(1, Math.round(reference * 10 ** (2 * random() - 1))));
        const size = () => lots.toValue(Math.floor(random() ** 4 * 1e9));
        const tick = {
          symbol: instrument.symbol,
          seq: i,
          ts: 1764043200000 + i,
          bid: price(),
          ask: price(),
          last: price(),
          lastSize: size(),
          volume: size(),
          open: price(),
          high: price(),
          low: price(),
          prevClose: price(),
        };
        const quote: Quote = {
          ...tick,
          ...sessionChange(tick.last, tick.prevClose, scales.price),
          status: 'trading',
        };
        quotes.push(quote);
        const piece = encodeQuoteFragment(quote, scales);
        // Read by a standard library: prices and sizes are integer mantissas, not float64s.
        const fields = decode(piece) as number[];
        expect(fields.slice(5, 16).every(Number.isInteger)).toBe(true);
        pieces.push(piece);
      }
      const decoded = decodeServerMessage(joinFrame(head, pieces));
      expect(decoded).toStrictEqual(
        JSON.parse(JSON.stringify({ op: 'snapshot', channel: 'quotes', data: quotes })),
      );
    },
  );

  it('sends on-grid prices as integers, not as float64', () => {
    const eurusd = findInstrument('EUR/USD') ?? { tickSize: NaN, lotSize: NaN };
    expect(scalesFor(eurusd)).toEqual({ price: 5, size: 0 });
    const fragment = encodeQuoteFragment(
      {
        symbol: 'EUR/USD',
        seq: 1,
        ts: 1,
        bid: 1.15502,
        ask: 1.15504,
        last: 1.15503,
        lastSize: 1000,
        volume: 5000,
        open: 1.155,
        high: 1.156,
        low: 1.154,
        prevClose: 1.155,
        change: 0.00003,
        changePct: 0,
        status: 'trading',
      },
      scalesFor(eurusd),
    );
    expect(fragment.includes(0xcb)).toBe(false);
  });
});
