import { type Bar } from '@tickwire/protocol';
import { DecimalGrid } from '@tickwire/market-sim';

/** The fields of a tick that a bar is built from. */
export interface Trade {
  ts: number;
  last: number;
  lastSize: number;
}

/**
 * The bar forming for one (symbol, interval), folded from every trade. The feed process and every
 * gateway fold the same ticks with this one function, so they agree to the bit: volume is summed
 * as whole lots and turned into a number once per trade, as the simulator's own bars are, so no
 * rounding error accumulates (0.2321, never 0.23210000000000003).
 */
export class BarBuilder {
  bar: Bar | undefined;
  private readonly lots: DecimalGrid;

  constructor(
    readonly symbol: string,
    private readonly seconds: number,
    lotSize: number,
  ) {
    this.lots = new DecimalGrid(lotSize);
  }

  /** Continues from a known forming bar (the history's last bar, or the bus state's). */
  seed(bar: Bar | undefined): void {
    this.bar = bar ? { ...bar, symbol: this.symbol } : undefined;
  }

  /** Folds one trade in; returns the bar it closed when the trade opened a new one. */
  apply(trade: Trade): Bar | undefined {
    const time = Math.floor(trade.ts / 1000 / this.seconds) * this.seconds;
    const bar = this.bar;
    if (bar && time === bar.time) {
      if (trade.last > bar.high) bar.high = trade.last;
      if (trade.last < bar.low) bar.low = trade.last;
      bar.close = trade.last;
      bar.volume = this.lots.toValue(
        this.lots.nearest(bar.volume) + this.lots.nearest(trade.lastSize),
      );
      return undefined;
    }
    if (bar && time < bar.time) return undefined;
    this.bar = {
      symbol: this.symbol,
      time,
      open: trade.last,
      high: trade.last,
      low: trade.last,
      close: trade.last,
      volume: trade.lastSize,
    };
    return bar;
  }
}
