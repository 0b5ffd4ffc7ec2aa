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
  /** Loadings on the market and sector factors, whose past paths all symbols share. */
  marketLoading: number;
  sectorLoading: number;
  marketSeed: number;
  sectorSeed: number;
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
 * stops early yields exactly the same segments: it stops at `from` (the start of the oldest segment
 * wanted), after also finding `tradedBefore` traded segments older than that.
 */
export function generateBackfill(spec: BackfillSpec, from = -Infinity, tradedBefore = 0): Segments {
  const random = new Random(spec.seed);
  // Every symbol's past walks on the same grid, so one normal per step from a stream seeded per
  // factor gives all symbols the same factor path: their histories move together too.
  const market = new Random(spec.marketSeed);
  const sector = new Random(spec.sectorSeed);
  const idiosyncratic = Math.sqrt(
    Math.max(0, 1 - spec.marketLoading ** 2 - spec.sectorLoading ** 2),
  );
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
  let closeTicks = Math.max(1, prices.nearest(spec.endPrice));
  let olderTraded = 0;
  for (let k = n - 1; k >= 0 && (times[k] >= from || olderTraded < tradedBefore); k--) {
    const length = times[k + 1] - times[k];
    const stdev = spec.volatility * Math.sqrt(length / yearMs);
    // The walk runs backwards from the live starting price, so the past ends where live begins.
    const shock =
      spec.marketLoading * market.normal() +
      spec.sectorLoading * sector.normal() +
      idiosyncratic * random.normal();
    const logOpen = logClose - stdev * shock;
    const openTicks = Math.max(1, prices.nearest(Math.exp(logOpen)));
    const trades = random.poisson(meanTradesPerMs * length);
    // Excursions beyond open and close: small and cheap, as they only shape the bar's wicks.
    const up = 1 + 0.8 * stdev * random.uniform();
    const down = 1 - 0.8 * stdev * random.uniform();
    const noise = 0.7 + 0.6 * random.uniform();
    if (trades > 0) {
      if (times[k] < from) olderTraded++;
      const i = --first;
      const top = openTicks > closeTicks ? openTicks : closeTicks;
      const bottom = openTicks < closeTicks ? openTicks : closeTicks;
      start[i] = times[k];
      duration[i] = length;
      open[i] = openTicks;
      close[i] = closeTicks;
      high[i] = Math.max(top, Math.round(top * up));
      low[i] = Math.max(1, Math.min(bottom, Math.round(bottom * down)));
      volume[i] = Math.max(trades, Math.round(trades * spec.meanLots * noise));
    }
    logClose = logOpen;
    closeTicks = openTicks;
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
