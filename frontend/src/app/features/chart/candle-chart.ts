import {
  type CandlestickData,
  CandlestickSeries,
  ColorType,
  type HistogramData,
  HistogramSeries,
  type IChartApi,
  type ISeriesApi,
  type MouseEventParams,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { type Bar } from '@tickwire/protocol';

export interface ChartColors {
  background: string;
  text: string;
  grid: string;
  up: string;
  down: string;
  upVolume: string;
  downVolume: string;
}

/** A protocol bar as the chart keeps it: the symbol is the chart's own. */
export type Ohlcv = Omit<Bar, 'symbol'>;

/**
 * The candlestick and volume chart, without Angular: history replaces everything, live bars go
 * through `series.update`, and a bar older than the newest one is dropped (lightweight-charts
 * throws "Cannot update oldest data" for it).
 */
export class CandleChart {
  private readonly candles: ISeriesApi<'Candlestick'>;
  private readonly volume: ISeriesApi<'Histogram'>;
  private readonly bars = new Map<number, Ohlcv>();
  private lastTime = -Infinity;
  /** Seconds between the two newest bars, null below two bars: the interval actually drawn. */
  private barSpacing: number | null = null;
  private colors: ChartColors;
  /** Bars dropped because they were older than the newest one drawn. */
  dropped = 0;

  constructor(
    private readonly chart: IChartApi,
    colors: ChartColors,
    private readonly onLegend: (bar: Ohlcv | null) => void,
  ) {
    this.colors = colors;
    this.candles = chart.addSeries(CandlestickSeries, {
      upColor: colors.up,
      downColor: colors.down,
      borderVisible: false,
      wickUpColor: colors.up,
      wickDownColor: colors.down,
      priceLineVisible: true,
    });
    this.volume = chart.addSeries(HistogramSeries, {
      priceFormat: { type: 'volume' },
      priceScaleId: 'volume',
      lastValueVisible: false,
      priceLineVisible: false,
    });
    // Candles in the upper three quarters, volume in the lowest fifth: they never overlap.
    this.candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.25 } });
    this.volume.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    this.applyColors(colors);
    chart.subscribeCrosshairMove(this.crosshairMoved);
  }

  /** Sets the price precision from the instrument's tick size. */
  setTickSize(tickSize: number, decimals: number): void {
    this.candles.applyOptions({
      priceFormat: { type: 'price', precision: decimals, minMove: tickSize },
    });
  }

  /** Replaces everything with a snapshot (oldest first; sorted and de-duplicated anyway). */
  setHistory(history: readonly Bar[]): void {
    const sorted = [...new Map(history.map((bar) => [bar.time, toOhlcv(bar)])).values()].sort(
      (a, b) => a.time - b.time,
    );
    this.bars.clear();
    for (const bar of sorted) this.bars.set(bar.time, bar);
    this.candles.setData(sorted.map((bar) => this.candle(bar)));
    this.volume.setData(sorted.map((bar) => this.volumeBar(bar)));
    this.lastTime = sorted.length > 0 ? sorted[sorted.length - 1].time : -Infinity;
    this.barSpacing = sorted.length > 1 ? this.lastTime - sorted[sorted.length - 2].time : null;
    this.onLegend(this.latest());
  }

  /** Draws a live bar; returns false when it was dropped as out of order. */
  update(bar: Bar): boolean {
    if (bar.time < this.lastTime || !Number.isFinite(bar.time)) {
      this.dropped += 1;
      return false;
    }
    const ohlcv = toOhlcv(bar);
    this.bars.set(ohlcv.time, ohlcv);
    this.candles.update(this.candle(ohlcv));
    this.volume.update(this.volumeBar(ohlcv));
    if (ohlcv.time > this.lastTime && Number.isFinite(this.lastTime)) {
      this.barSpacing = ohlcv.time - this.lastTime;
    }
    this.lastTime = ohlcv.time;
    return true;
  }

  clear(): void {
    this.bars.clear();
    this.lastTime = -Infinity;
    this.barSpacing = null;
    this.candles.setData([]);
    this.volume.setData([]);
    this.onLegend(null);
  }

  applyColors(colors: ChartColors): void {
    this.colors = colors;
    this.chart.applyOptions({
      layout: {
        background: { type: ColorType.Solid, color: colors.background },
        textColor: colors.text,
        attributionLogo: false,
      },
      grid: { vertLines: { color: colors.grid }, horzLines: { color: colors.grid } },
    });
    this.candles.applyOptions({
      upColor: colors.up,
      downColor: colors.down,
      wickUpColor: colors.up,
      wickDownColor: colors.down,
    });
    this.volume.setData([...this.bars.values()].map((bar) => this.volumeBar(bar)));
  }

  get size(): number {
    return this.bars.size;
  }

  get spacing(): number | null {
    return this.barSpacing;
  }

  dispose(): void {
    this.chart.unsubscribeCrosshairMove(this.crosshairMoved);
    this.chart.remove();
  }

  private readonly crosshairMoved = (param: MouseEventParams<Time>): void => {
    const time = typeof param.time === 'number' ? param.time : undefined;
    this.onLegend((time !== undefined && this.bars.get(time)) || this.latest());
  };

  private latest(): Ohlcv | null {
    return Number.isFinite(this.lastTime) ? (this.bars.get(this.lastTime) ?? null) : null;
  }

  private candle(bar: Ohlcv): CandlestickData<Time> {
    return {
      time: bar.time as UTCTimestamp,
      open: bar.open,
      high: bar.high,
      low: bar.low,
      close: bar.close,
    };
  }

  private volumeBar(bar: Ohlcv): HistogramData<Time> {
    return {
      time: bar.time as UTCTimestamp,
      value: bar.volume,
      color: bar.close >= bar.open ? this.colors.upVolume : this.colors.downVolume,
    };
  }
}

function toOhlcv(bar: Bar): Ohlcv {
  return {
    time: bar.time,
    open: bar.open,
    high: bar.high,
    low: bar.low,
    close: bar.close,
    volume: bar.volume,
  };
}
