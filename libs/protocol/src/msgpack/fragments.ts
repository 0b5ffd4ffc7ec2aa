import { type Bar, type Quote } from '../market';
import { CHANGE_PCT_DECIMALS, STATUS_CODES } from './constants';
import { MsgpackEncodeError } from './errors';
import { type Scales, decimalsOfValues, writeScaled } from './scaled';
import { MsgpackWriter } from './writer';

/** Elements of a quote fragment and of a bar fragment (docs/protocol.md, "Binary encoding"). */
export const QUOTE_FIELDS = 17;
export const BAR_FIELDS = 9;

/** One writer for every fragment: a fragment is built, copied out, and the writer reused. */
const scratch = new MsgpackWriter(512);

/**
 * A quote as a positional array: [symbol, seq, ts, priceScale, sizeScale, bid, ask, last,
 * lastSize, volume, open, high, low, prevClose, change, changePct, status]. `scales` are the
 * instrument's (`scalesFor`); without them, the fewest decimals that carry this quote exactly.
 */
export function encodeQuoteFragment(quote: Quote, scales?: Scales): Uint8Array {
  const { price, size } = scales ?? quoteScales(quote);
  const writer = scratch.reset();
  writer.arrayHeader(QUOTE_FIELDS);
  writer.string(quote.symbol);
  writer.number(quote.seq);
  writer.number(quote.ts);
  writer.int(price);
  writer.int(size);
  writeScaled(writer, quote.bid, price);
  writeScaled(writer, quote.ask, price);
  writeScaled(writer, quote.last, price);
  writeScaled(writer, quote.lastSize, size);
  writeScaled(writer, quote.volume, size);
  writeScaled(writer, quote.open, price);
  writeScaled(writer, quote.high, price);
  writeScaled(writer, quote.low, price);
  writeScaled(writer, quote.prevClose, price);
  writeScaled(writer, quote.change, price);
  writeScaled(writer, quote.changePct, CHANGE_PCT_DECIMALS);
  writer.int(statusCode(quote.status));
  return writer.finish();
}

/** A bar as a positional array: [symbol, time, priceScale, sizeScale, open, high, low, close, volume]. */
export function encodeBarFragment(bar: Bar, scales?: Scales): Uint8Array {
  const { price, size } = scales ?? barScales(bar);
  const writer = scratch.reset();
  writer.arrayHeader(BAR_FIELDS);
  writer.string(bar.symbol);
  writer.number(bar.time);
  writer.int(price);
  writer.int(size);
  writeScaled(writer, bar.open, price);
  writeScaled(writer, bar.high, price);
  writeScaled(writer, bar.low, price);
  writeScaled(writer, bar.close, price);
  writeScaled(writer, bar.volume, size);
  return writer.finish();
}

function statusCode(status: Quote['status']): number {
  const code = STATUS_CODES.indexOf(status);
  if (code < 0) throw new MsgpackEncodeError(`unknown quote status ${JSON.stringify(status)}`);
  return code;
}

function quoteScales(quote: Quote): Scales {
  const { bid, ask, last, open, high, low, prevClose, change } = quote;
  return {
    price: decimalsOfValues([bid, ask, last, open, high, low, prevClose, change]),
    size: decimalsOfValues([quote.lastSize, quote.volume]),
  };
}

function barScales(bar: Bar): Scales {
  return {
    price: decimalsOfValues([bar.open, bar.high, bar.low, bar.close]),
    size: decimalsOfValues([bar.volume]),
  };
}
