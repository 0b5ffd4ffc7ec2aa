import { BAR_INTERVALS, type Bar, type BarInterval, type Quote } from '../market';
import { CHANGE_PCT_DECIMALS, MAX_SCALE, STATUS_CODES } from './constants';
import { type MsgpackReader } from './reader';
import { POWERS_OF_TEN } from './scaled';
import { BAR_FIELDS, QUOTE_FIELDS } from './fragments';

/**
 * Reads data frames' items straight from the bytes into Quote and Bar objects (no intermediate
 * arrays), checking every element's type. Elements after the known ones are skipped: a later
 * version of the protocol may append fields.
 */
export function readQuotes(reader: MsgpackReader): Quote[] {
  const count = reader.arrayHeader('the quotes');
  const quotes = new Array<Quote>(count);
  for (let i = 0; i < count; i++) quotes[i] = readQuote(reader);
  return quotes;
}

export function readBars(reader: MsgpackReader): Bar[] {
  const count = reader.arrayHeader('the bars');
  const bars = new Array<Bar>(count);
  for (let i = 0; i < count; i++) bars[i] = readBar(reader);
  return bars;
}

function readQuote(reader: MsgpackReader): Quote {
  const fields = fieldCount(reader, 'a quote', QUOTE_FIELDS);
  const symbol = reader.string("a quote's symbol");
  const seq = reader.number("a quote's seq");
  const ts = reader.number("a quote's ts");
  const price = readScale(reader, 'price');
  const size = readScale(reader, 'size');
  const quote: Quote = {
    symbol,
    seq,
    ts,
    bid: scaled(reader, price, 'bid'),
    ask: scaled(reader, price, 'ask'),
    last: scaled(reader, price, 'last'),
    lastSize: scaled(reader, size, 'lastSize'),
    volume: scaled(reader, size, 'volume'),
    open: scaled(reader, price, 'open'),
    high: scaled(reader, price, 'high'),
    low: scaled(reader, price, 'low'),
    prevClose: scaled(reader, price, 'prevClose'),
    change: scaled(reader, price, 'change'),
    changePct: scaled(reader, CHANGE_PCT_DECIMALS, 'changePct'),
    status: readStatus(reader),
  };
  skipExtra(reader, fields - QUOTE_FIELDS);
  return quote;
}

function readBar(reader: MsgpackReader): Bar {
  const fields = fieldCount(reader, 'a bar', BAR_FIELDS);
  const symbol = reader.string("a bar's symbol");
  const time = reader.number("a bar's time");
  const price = readScale(reader, 'price');
  const size = readScale(reader, 'size');
  const bar: Bar = {
    symbol,
    time,
    open: scaled(reader, price, 'open'),
    high: scaled(reader, price, 'high'),
    low: scaled(reader, price, 'low'),
    close: scaled(reader, price, 'close'),
    volume: scaled(reader, size, 'volume'),
  };
  skipExtra(reader, fields - BAR_FIELDS);
  return bar;
}

export function readInterval(reader: MsgpackReader): BarInterval {
  const at = reader.pos;
  const interval = reader.string('the interval');
  if (!(BAR_INTERVALS as readonly string[]).includes(interval)) {
    reader.fail(`unknown interval ${JSON.stringify(interval)}`, at);
  }
  return interval as BarInterval;
}

function fieldCount(reader: MsgpackReader, what: string, known: number): number {
  const at = reader.pos;
  const count = reader.arrayHeader(what);
  if (count < known) reader.fail(`${what} has ${count} elements, at least ${known} expected`, at);
  return count;
}

function readScale(reader: MsgpackReader, what: string): number {
  const at = reader.pos;
  const scale = reader.number(`the ${what} scale`);
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    reader.fail(`the ${what} scale must be an integer from 0 to ${MAX_SCALE} (got ${scale})`, at);
  }
  return scale;
}

/** An integer is a mantissa (n / 10**scale); a float is the value itself. */
function scaled(reader: MsgpackReader, scale: number, field: string): number {
  const literal = reader.nextIsFloat();
  const value = reader.number(field);
  return literal || scale === 0 ? value : value / POWERS_OF_TEN[scale];
}

function readStatus(reader: MsgpackReader): Quote['status'] {
  const at = reader.pos;
  const code = reader.number("a quote's status");
  const status = STATUS_CODES[code];
  if (status === undefined) reader.fail(`unknown quote status code ${code}`, at);
  return status;
}

function skipExtra(reader: MsgpackReader, count: number): void {
  for (let i = 0; i < count; i++) reader.value(reader.limits.maxDepth - 1);
}
