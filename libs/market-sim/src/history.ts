import { type HistoryInterval } from './types';
import { type GridBar } from './bar-series';
import { type Segments } from './backfill';

export const HISTORY_INTERVALS: readonly HistoryInterval[] = ['1s', '1m', '5m', '1d'];

export const HISTORY_INTERVAL_SECONDS: Readonly<Record<HistoryInterval, number>> = {
  '1s': 1,
  '1m': 60,
  '5m': 300,
  '1d': 86_400,
};

/** Aggregates the synthetic past into bars of one interval, oldest first. */
export function aggregateSegments(segments: Segments, intervalSeconds: number): GridBar[] {
  const bars: GridBar[] = [];
  const intervalMs = intervalSeconds * 1000;
  let bar: GridBar | undefined;
  for (let i = 0; i < segments.count; i++) {
    // Segments coarser than the interval lie further back than any bar served at this interval.
    if (segments.duration[i] > intervalMs) continue;
    const time = Math.floor(segments.start[i] / intervalMs) * intervalSeconds;
    if (bar !== undefined && bar.time === time) {
      bar.high = Math.max(bar.high, segments.high[i]);
      bar.low = Math.min(bar.low, segments.low[i]);
      bar.close = segments.close[i];
      bar.volume += segments.volume[i];
      continue;
    }
    bar = {
      time,
      open: segments.open[i],
      high: segments.high[i],
      low: segments.low[i],
      close: segments.close[i],
      volume: segments.volume[i],
    };
    bars.push(bar);
  }
  return bars;
}

/**
 * Joins synthetic past bars and live bars: the bar that was forming when live simulation started
 * is merged (past open, combined range, live close). Returns the last `limit` bars.
 */
export function joinHistory(
  past: readonly GridBar[],
  live: readonly GridBar[],
  limit: number,
): GridBar[] {
  if (past.length === 0) return live.slice(Math.max(0, live.length - limit));
  const firstLive = live[0];
  const joined = past.filter((bar) => firstLive === undefined || bar.time < firstLive.time);
  const overlap = firstLive && past.find((bar) => bar.time === firstLive.time);
  if (overlap !== undefined && firstLive !== undefined) {
    joined.push({
      time: firstLive.time,
      open: overlap.open,
      high: Math.max(overlap.high, firstLive.high),
      low: Math.min(overlap.low, firstLive.low),
      close: firstLive.close,
      volume: overlap.volume + firstLive.volume,
    });
    joined.push(...live.slice(1));
  } else {
    joined.push(...live);
  }
  return joined.slice(Math.max(0, joined.length - limit));
}
