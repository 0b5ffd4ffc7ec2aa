import { type Bar } from '@tickwire/protocol';
import { type MouseEventParams, type Time } from 'lightweight-charts';
import { CandleChart, type ChartColors, type Ohlcv } from './candle-chart';
import { FakeChart } from './testing-fake-chart';

const COLORS: ChartColors = {
  background: '#000',
  text: '#fff',
  grid: '#111',
  up: 'green',
  down: 'red',
  upVolume: 'g',
  downVolume: 'r',
};

function bar(time: number, close: number, volume = 10): Bar {
  return {
    symbol: 'AAPL',
    time,
    open: 100,
    high: Math.max(100, close),
    low: Math.min(100, close),
    close,
    volume,
  };
}

describe('CandleChart', () => {
  let fake: FakeChart;
  let legend: (Ohlcv | null)[];
  let chart: CandleChart;

  beforeEach(() => {
    fake = new FakeChart();
    legend = [];
    chart = new CandleChart(fake.asApi(), COLORS, (value) => legend.push(value));
  });

  const [candles, volume] = [() => fake.series[0], () => fake.series[1]];

  it('draws history as candles plus a volume histogram, sorted and de-duplicated', () => {
    chart.setHistory([bar(120, 101), bar(60, 99, 5), bar(120, 102, 7)]);
    expect(candles().data.map((d) => [d.time, d['close']])).toEqual([
      [60, 99],
      [120, 102],
    ]);
    expect(volume().data).toEqual([
      { time: 60, value: 5, color: 'r' },
      { time: 120, value: 7, color: 'g' },
    ]);
    expect(legend.at(-1)).toMatchObject({ time: 120, close: 102 });
  });

  it('knows the spacing of the two newest bars, i.e. the interval it draws', () => {
    expect(chart.spacing).toBeNull();
    chart.setHistory([bar(60, 100)]);
    expect(chart.spacing).toBeNull();
    chart.setHistory([bar(0, 100), bar(60, 100), bar(120, 101)]);
    expect(chart.spacing).toBe(60);
    chart.update(bar(120, 102));
    expect(chart.spacing).toBe(60);
    chart.clear();
    chart.setHistory([bar(180, 100)]);
    chart.update(bar(181, 101));
    expect(chart.spacing).toBe(1);
    chart.clear();
    expect(chart.spacing).toBeNull();
  });

  it('updates the forming bar and appends new ones through series.update', () => {
    chart.setHistory([bar(60, 100)]);
    expect(chart.update(bar(60, 101))).toBe(true);
    expect(chart.update(bar(120, 103))).toBe(true);
    expect(candles().data.map((d) => [d.time, d['close']])).toEqual([
      [60, 101],
      [120, 103],
    ]);
  });

  it('drops an out-of-order bar instead of throwing "Cannot update oldest data"', () => {
    chart.setHistory([bar(60, 100), bar(120, 101)]);
    expect(() => chart.update(bar(60, 90))).not.toThrow();
    expect(chart.update(bar(60, 90))).toBe(false);
    expect(chart.dropped).toBe(2);
    expect(candles().data.map((d) => d['close'])).toEqual([100, 101]);
  });

  it('a new snapshot (interval switch, new epoch) replaces everything, even with older times', () => {
    chart.setHistory([bar(600, 100)]);
    chart.setHistory([bar(60, 50), bar(120, 51)]);
    expect(candles().data.map((d) => d.time)).toEqual([60, 120]);
    expect(chart.update(bar(180, 52))).toBe(true);
  });

  it('shows the bar under the crosshair in the legend, the latest one otherwise', () => {
    chart.setHistory([bar(60, 100, 1), bar(120, 101, 2)]);
    fake.crosshair?.({ time: 60 } as MouseEventParams<Time>);
    expect(legend.at(-1)).toMatchObject({ time: 60, volume: 1 });
    fake.crosshair?.({} as MouseEventParams<Time>);
    expect(legend.at(-1)).toMatchObject({ time: 120, volume: 2 });
  });

  it('clears, recolors and disposes', () => {
    chart.setHistory([bar(60, 100)]);
    chart.applyColors({ ...COLORS, upVolume: 'G' });
    expect(volume().data[0]['color']).toBe('G');
    chart.clear();
    expect(candles().data).toEqual([]);
    expect(legend.at(-1)).toBeNull();
    chart.dispose();
    expect(fake.removed).toBe(true);
    expect(fake.crosshair).toBeNull();
  });
});
