import {
  type AssetClass,
  BAR_INTERVALS,
  type Bar,
  type SymbolInfo,
  type Tick,
  type Tier,
  isValidSymbol,
} from '@tickwire/protocol';
import { BusMessageError } from './bus-message.error';

/**
 * The bus's wire format: JSON, with ticks and bars as positional arrays (about a third of the
 * bytes of objects, and faster to parse). Every decoder validates: the bus is a boundary too.
 *
 * tick: [seq, ts, bid, ask, last, lastSize, volume, open, high, low, prevClose]
 * bar:  [time, open, high, low, close, volume]
 */

/** A catalog entry on the bus: what `/api/symbols` serves plus the lot size bars are kept on. */
export type BusInstrument = SymbolInfo & { lotSize: number };

export interface FeedInfo {
  epoch: string;
  startedAt: number;
  instruments: BusInstrument[];
}

/** What a symbol's state key holds: everything a gateway needs to take the symbol over. */
export interface SymbolSnapshot {
  epoch: string;
  symbol: string;
  /** The latest tick; absent while the symbol has not traded since the feed started. */
  tick: Tick | undefined;
  halted: boolean;
  /** The forming bar of each interval, in BAR_INTERVALS order. */
  bars: (Bar | undefined)[];
}

export type SymbolMessage =
  { epoch: string; ticks: Tick[] } | { epoch: string; status: 'halted' | 'resumed'; ts: number };

export interface Heartbeat {
  epoch: string;
  ts: number;
}

const TICK_FIELDS = 11;
const BAR_FIELDS = 6;
const ASSET_CLASSES: readonly AssetClass[] = ['equity', 'fx', 'crypto', 'index'];
const TIERS: readonly Tier[] = ['public', 'pro'];

export function encodeTick(t: Tick): unknown[] {
  return [
    t.seq,
    t.ts,
    t.bid,
    t.ask,
    t.last,
    t.lastSize,
    t.volume,
    t.open,
    t.high,
    t.low,
    t.prevClose,
  ];
}

export function encodeBar(b: Bar): number[] {
  return [b.time, b.open, b.high, b.low, b.close, b.volume];
}

export function encodeTicksMessage(epoch: string, ticks: readonly Tick[]): string {
  return JSON.stringify({ e: epoch, t: ticks.map(encodeTick) });
}

export function encodeStatusMessage(
  epoch: string,
  status: 'halted' | 'resumed',
  ts: number,
): string {
  return JSON.stringify({ e: epoch, s: status, ts });
}

export function encodeSnapshot(snapshot: Omit<SymbolSnapshot, 'symbol'>): string {
  return JSON.stringify({
    e: snapshot.epoch,
    q: snapshot.tick ? encodeTick(snapshot.tick) : null,
    h: snapshot.halted,
    b: snapshot.bars.map((bar) => (bar ? encodeBar(bar) : null)),
  });
}

export function encodeFeedInfo(info: FeedInfo): string {
  return JSON.stringify({
    e: info.epoch,
    startedAt: info.startedAt,
    instruments: info.instruments,
  });
}

export function encodeHeartbeat(heartbeat: Heartbeat): string {
  return JSON.stringify({ e: heartbeat.epoch, ts: heartbeat.ts });
}

export function decodeSymbolMessage(symbol: string, text: string): SymbolMessage {
  const message = parseObject(text, 'symbol message');
  const epoch = readEpoch(message);
  if (Array.isArray(message['t'])) {
    const ticks = message['t'].map((row) => decodeTick(symbol, row, 1));
    if (ticks.length === 0) throw new BusMessageError('symbol message: "t" is empty');
    return { epoch, ticks };
  }
  const status = message['s'];
  if (status === 'halted' || status === 'resumed') {
    return { epoch, status, ts: readNumber(message, 'ts') };
  }
  throw new BusMessageError('symbol message: neither ticks "t" nor a status "s"');
}

export function decodeSnapshot(symbol: string, text: string): SymbolSnapshot {
  const state = parseObject(text, 'symbol state');
  const epoch = readEpoch(state);
  // A state may hold the reference quote of a symbol that has not traded yet (seq 0).
  const tick = state['q'] === null ? undefined : decodeTick(symbol, state['q'], 0);
  if (typeof state['h'] !== 'boolean') throw new BusMessageError('symbol state: "h" not boolean');
  const bars = state['b'];
  if (!Array.isArray(bars) || bars.length !== BAR_INTERVALS.length) {
    throw new BusMessageError(`symbol state: "b" must hold ${BAR_INTERVALS.length} bars`);
  }
  return {
    epoch,
    symbol,
    tick,
    halted: state['h'],
    bars: bars.map((bar) => (bar === null ? undefined : decodeBar(symbol, bar))),
  };
}

export function decodeBarText(symbol: string, text: string): Bar {
  return decodeBar(symbol, parseJson(text, 'bar'));
}

export function decodeFeedInfo(text: string): FeedInfo {
  const info = parseObject(text, 'feed info');
  const instruments = info['instruments'];
  if (!Array.isArray(instruments)) throw new BusMessageError('feed info: no "instruments" list');
  return {
    epoch: readEpoch(info),
    startedAt: readNumber(info, 'startedAt'),
    instruments: instruments.map(decodeInstrument),
  };
}

export function decodeHeartbeat(text: string): Heartbeat {
  const heartbeat = parseObject(text, 'heartbeat');
  return { epoch: readEpoch(heartbeat), ts: readNumber(heartbeat, 'ts') };
}

function decodeTick(symbol: string, row: unknown, minSeq: number): Tick {
  if (!Array.isArray(row) || row.length !== TICK_FIELDS || !row.every(isFiniteNumber)) {
    throw new BusMessageError(`tick of ${symbol}: not ${TICK_FIELDS} finite numbers`);
  }
  const seq = row[0] as number;
  if (!Number.isSafeInteger(seq) || seq < minSeq) {
    throw new BusMessageError(`tick of ${symbol}: seq must be an integer of at least ${minSeq}`);
  }
  const [, ts, bid, ask, last, lastSize, volume, open, high, low, prevClose] = row as number[];
  return { symbol, seq, ts, bid, ask, last, lastSize, volume, open, high, low, prevClose };
}

function decodeBar(symbol: string, row: unknown): Bar {
  if (!Array.isArray(row) || row.length !== BAR_FIELDS || !row.every(isFiniteNumber)) {
    throw new BusMessageError(`bar of ${symbol}: not ${BAR_FIELDS} finite numbers`);
  }
  const [time, open, high, low, close, volume] = row as number[];
  return { symbol, time, open, high, low, close, volume };
}

function decodeInstrument(value: unknown): BusInstrument {
  const entry = value as Record<string, unknown> | null;
  const valid =
    typeof entry === 'object' &&
    entry !== null &&
    isValidSymbol(entry['symbol']) &&
    typeof entry['name'] === 'string' &&
    ASSET_CLASSES.includes(entry['assetClass'] as AssetClass) &&
    typeof entry['sector'] === 'string' &&
    typeof entry['currency'] === 'string' &&
    isPositive(entry['tickSize']) &&
    isPositive(entry['lotSize']) &&
    TIERS.includes(entry['tier'] as Tier);
  if (!valid) throw new BusMessageError(`feed info: malformed instrument ${preview(value)}`);
  return {
    symbol: entry['symbol'] as string,
    name: entry['name'] as string,
    assetClass: entry['assetClass'] as AssetClass,
    sector: entry['sector'] as string,
    currency: entry['currency'] as string,
    tickSize: entry['tickSize'] as number,
    lotSize: entry['lotSize'] as number,
    tier: entry['tier'] as Tier,
  };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BusMessageError(`${what}: not JSON: ${preview(text)}`);
  }
}

function parseObject(text: string, what: string): Record<string, unknown> {
  const value = parseJson(text, what);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BusMessageError(`${what}: not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function readEpoch(message: Record<string, unknown>): string {
  const epoch = message['e'];
  if (typeof epoch !== 'string' || epoch.length === 0 || epoch.length > 64) {
    throw new BusMessageError('"e" (epoch) must be a non-empty string');
  }
  return epoch;
}

function readNumber(message: Record<string, unknown>, key: string): number {
  const value = message[key];
  if (!isFiniteNumber(value)) throw new BusMessageError(`"${key}" must be a finite number`);
  return value;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isPositive(value: unknown): boolean {
  return isFiniteNumber(value) && value > 0;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? String(value)).slice(0, 80);
}
