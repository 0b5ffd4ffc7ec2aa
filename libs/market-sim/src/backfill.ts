import { type DecimalGrid } from './price-grid';
import { DAY_MS, YEAR_MS } from './model-options';
import { Random } from './random';

/** What a symbol's synthetic past depends on; the same spec always yields the same past. */
export interface BackfillSpec {
  seed: number;
  /** The past ends here, at the price the live simulation starts from. */
  endTime: number;
  endPrice: number;
  volatility: number;
  ratePerSecond: number;
  meanLots: number;
  prices: DecimalGrid;
}

/**
 * Traded stretches of the past, oldest first, in integer ticks and lots. Resolution is finest
 * near the end: 1 s steps over the last ~1000 s, then 1 min, 5 min and 1 day steps, each level
 * starting on a boundary of the next coarser interval so that coarser bars aggregate exactly.
 */
export interface Segments {
  count: number;
  start: Float64Array;
  duration: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

/** Bars kept and served per (symbol, interval). */
export const MAX_BARS = 1000;

function floorTo(time: number, step: number): number {
  return Math.floor(time / step) * step;
}

function boundaries(endTime: number): number[] {
  const secondsFrom = floorTo(endTime - MAX_BARS * 1000, 60_000);
  const minutesFrom = floorTo(secondsFrom - MAX_BARS * 60_000, 300_000);
  const fiveMinutesFrom = floorTo(minutesFrom - MAX_BARS * 300_000, DAY_MS);
  const daysFrom = fiveMinutesFrom - MAX_BARS * DAY_MS;
  const levels: [number, number, number][] = [
    [daysFrom, fiveMinutesFrom, DAY_MS],
    [fiveMinutesFrom, minutesFrom, 300_000],
    [minutesFrom, secondsFrom, 60_000],
    [secondsFrom, endTime, 1000],
  ];
  const times: number[] = [];
  for (const [from, to, step] of levels) {
    for (let time = from; time < to; time += step) times.push(time);
  }
  times.push(endTime);
  return times;
}

/**
 * Generates the past from the end backwards, one segment at a time, so that a generation that
 * stops early (`from`: only segments starting at or after it) yields exactly the same segments.
 */
export function generateBackfill(spec: BackfillSpec, from = -Infinity): Segments {
  const random = new Random(spec.seed);
  const times = boundaries(spec.endTime);
  const n = times.length - 1;
  const yearMs = YEAR_MS;
  const meanTradesPerMs = spec.ratePerSecond / 1000;
  const prices = spec.prices;
  const start = new Float64Array(n);
  const duration = new Float64Array(n);
  const open = new Float64Array(n);
  const high = new Float64Array(n);
  const low = new Float64Array(n);
  const close = new Float64Array(n);
  const volume = new Float64Array(n);
  let first = n;
  let logClose = Math.log(spec.endPrice);
  for (let k = n - 1; k >= 0 && times[k] >= from; k--) {
    const length = times[k + 1] - times[k];
    const stdev = spec.volatility * Math.sqrt(length / yearMs);
    // The walk runs backwards from the live starting price, so the past ends where live begins.
    const logOpen = logClose - stdev * random.normal();
    const trades = random.poisson(meanTradesPerMs * length);
    // Excursions beyond open and close are small, so 1 + x stands in for exp(x).
    const up = 1 + 0.5 * stdev * Math.abs(random.normal());
    const down = 1 - 0.5 * stdev * Math.abs(random.normal());
    const noise = 0.7 + 0.6 * random.uniform();
    const closeTicks = Math.max(1, prices.nearest(Math.exp(logClose)));
    logClose = logOpen;
    if (trades === 0) continue;
    const openTicks = Math.max(1, prices.nearest(Math.exp(logOpen)));
    const i = --first;
    start[i] = times[k];
    duration[i] = length;
    open[i] = openTicks;
    close[i] = closeTicks;
    high[i] = Math.max(openTicks, closeTicks, Math.round(Math.max(openTicks, closeTicks) * up));
    low[i] = Math.max(
      1,
      Math.min(openTicks, closeTicks, Math.round(Math.min(openTicks, closeTicks) * down)),
    );
    volume[i] = Math.max(trades, Math.round(trades * spec.meanLots * noise));
  }
  return {
    count: n - first,
    start: start.subarray(first),
    duration: duration.subarray(first),
    open: open.subarray(first),
    high: high.subarray(first),
    low: low.subarray(first),
    close: close.subarray(first),
    volume: volume.subarray(first),
  };
}
