import { type Bar, type BarInterval, INTERVAL_SECONDS } from '@tickwire/protocol';
import { type FeedBar, type FeedTick } from '../feed/feed.types';

/** A bar that closed, with its JSON encoded once and the state version at which it closed. */
export interface ClosedBar {
  bar: Bar;
  json: string;
  /** The symbol's version of this stream when the bar last changed. */
  finalVersion: number;
}

/** How many closed bars a symbol keeps per interval, so that slow subscribers still get them. */
export const CLOSED_BARS_KEPT = 16;

/**
 * The bar now forming for one (symbol, interval), updated from every tick so that high, low and
 * volume are exact however much the updates are conflated.
 */
export class FormingBar {
  bar: Bar | undefined;
  /** Most recent last: bars closed since the last send of a slow subscriber. */
  readonly closed: ClosedBar[] = [];
  private readonly seconds: number;

  constructor(
    readonly symbol: string,
    readonly interval: BarInterval,
  ) {
    this.seconds = INTERVAL_SECONDS[interval];
  }

  /** Continues the feed's history: its last bar is the one forming when the gateway starts. */
  seed(bar: FeedBar | undefined): void {
    if (!bar) return;
    this.bar = { ...bar, symbol: this.symbol };
  }

  /** Folds one trade in; returns true when a new bar started. */
  apply(tick: FeedTick, previousVersion: number): boolean {
    const time = Math.floor(tick.ts / 1000 / this.seconds) * this.seconds;
    const bar = this.bar;
    if (bar && time === bar.time) {
      if (tick.last > bar.high) bar.high = tick.last;
      if (tick.last < bar.low) bar.low = tick.last;
      bar.close = tick.last;
      bar.volume += tick.lastSize;
      return false;
    }
    if (bar && time < bar.time) return false;
    if (bar) this.close(bar, previousVersion);
    this.bar = {
      symbol: this.symbol,
      time,
      open: tick.last,
      high: tick.last,
      low: tick.last,
      close: tick.last,
      volume: tick.lastSize,
    };
    return true;
  }

  private close(bar: Bar, finalVersion: number): void {
    this.closed.push({ bar, json: JSON.stringify(bar), finalVersion });
    if (this.closed.length > CLOSED_BARS_KEPT) this.closed.shift();
  }
}
