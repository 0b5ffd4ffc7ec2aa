import { BarBuilder } from '@tickwire/bus';
import { type Bar, type BarInterval, INTERVAL_SECONDS, type Tick } from '@tickwire/protocol';

/**
 * The bar now forming for one (symbol, interval), updated from every tick so that high, low and
 * volume are exact however much the updates are conflated (the bus's BarBuilder, shared with the
 * feed process).
 */
export class FormingBar {
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

  /** Folds one trade in; returns the bar it closed, if the trade opened a new one. */
  apply(tick: Tick): Bar | undefined {
    return this.builder.apply(tick);
  }
}
