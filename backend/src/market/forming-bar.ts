import { BarBuilder } from '@tickwire/bus';
import { type Bar, type BarInterval, INTERVAL_SECONDS, type Tick } from '@tickwire/protocol';

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
 * volume are exact however much the updates are conflated (the bus's BarBuilder, shared with the
 * feed process), plus the last closed bars for slow subscribers.
 */
export class FormingBar {
  /** Most recent last: bars closed since the last send of a slow subscriber. */
  readonly closed: ClosedBar[] = [];
  private readonly builder: BarBuilder;

  constructor(
    readonly symbol: string,
    readonly interval: BarInterval,
    lotSize: number,
  ) {
    this.builder = new BarBuilder(symbol, INTERVAL_SECONDS[interval], lotSize);
  }

  get bar(): Bar | undefined {
    return this.builder.bar;
  }

  /** Continues from a known forming bar: the feed's, when the symbol is taken over. */
  seed(bar: Bar | undefined): void {
    this.builder.seed(bar);
  }

  /** Folds one trade in. */
  apply(tick: Tick, previousVersion: number): void {
    const closed = this.builder.apply(tick);
    if (closed) this.close(closed, previousVersion);
  }

  private close(bar: Bar, finalVersion: number): void {
    this.closed.push({ bar, json: JSON.stringify(bar), finalVersion });
    if (this.closed.length > CLOSED_BARS_KEPT) this.closed.shift();
  }
}
