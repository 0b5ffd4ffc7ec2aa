import { type IChartApi, type MouseEventParams, type Time } from 'lightweight-charts';

export interface FakeSeries {
  data: { time: number; [key: string]: unknown }[];
  options: Record<string, unknown>;
  setData(data: { time: number }[]): void;
  update(item: { time: number }): void;
  applyOptions(options: Record<string, unknown>): void;
  priceScale(): { applyOptions(options: unknown): void };
}

/**
 * lightweight-charts without a canvas: records what the wrapper draws and, like the real
 * library, throws when `update` gets a time older than the last one.
 */
export class FakeChart {
  readonly series: FakeSeries[] = [];
  crosshair: ((param: MouseEventParams<Time>) => void) | null = null;
  removed = false;
  options: Record<string, unknown> = {};

  addSeries(_definition: unknown, options: Record<string, unknown> = {}): FakeSeries {
    const series: FakeSeries = {
      data: [],
      options,
      setData(data) {
        this.data = data.map((item) => ({ ...item }));
      },
      update(item) {
        const last = this.data[this.data.length - 1];
        if (last && item.time < last.time) throw new Error('Cannot update oldest data');
        if (last && item.time === last.time) this.data[this.data.length - 1] = { ...item };
        else this.data.push({ ...item });
      },
      applyOptions(next) {
        Object.assign(this.options, next);
      },
      priceScale: () => ({ applyOptions: () => undefined }),
    };
    this.series.push(series);
    return series;
  }

  subscribeCrosshairMove(handler: (param: MouseEventParams<Time>) => void): void {
    this.crosshair = handler;
  }

  unsubscribeCrosshairMove(): void {
    this.crosshair = null;
  }

  applyOptions(options: Record<string, unknown>): void {
    Object.assign(this.options, options);
  }

  remove(): void {
    this.removed = true;
  }

  asApi(): IChartApi {
    return this as unknown as IChartApi;
  }
}
