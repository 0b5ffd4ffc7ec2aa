const FIELDS = 6;
const TIME = 0;
const OPEN = 1;
const HIGH = 2;
const LOW = 3;
const CLOSE = 4;
const VOLUME = 5;

/**
 * One bar on the price grid: open, high, low and close in integer ticks of the instrument, volume
 * in lots, `time` the open in epoch seconds. Not the protocol's `Bar`, in prices and units, which
 * `MarketSimulator.history` makes of these as it serves them.
 */
export interface GridBar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/**
 * Bars of one (symbol, interval) built from trades, in a ring buffer that keeps the latest
 * `capacity` bars. Storage grows on demand, so quiet symbols cost little.
 */
export class BarSeries {
  private data = new Float64Array(8 * FIELDS);
  private head = 0;
  private size = 0;
  private overwritten = false;

  constructor(
    readonly intervalSeconds: number,
    readonly capacity: number,
  ) {}

  get length(): number {
    return this.size;
  }

  /** True once the oldest bars have been dropped to stay within capacity. */
  get evicted(): boolean {
    return this.overwritten;
  }

  record(timeMs: number, priceTicks: number, lots: number): void {
    const time = Math.floor(timeMs / 1000 / this.intervalSeconds) * this.intervalSeconds;
    if (this.size > 0) {
      const at = this.offsetOf(this.size - 1);
      const data = this.data;
      if (data[at + TIME] === time) {
        if (priceTicks > data[at + HIGH]) data[at + HIGH] = priceTicks;
        if (priceTicks < data[at + LOW]) data[at + LOW] = priceTicks;
        data[at + CLOSE] = priceTicks;
        data[at + VOLUME] += lots;
        return;
      }
    }
    const at = this.append();
    const data = this.data;
    data[at + TIME] = time;
    data[at + OPEN] = priceTicks;
    data[at + HIGH] = priceTicks;
    data[at + LOW] = priceTicks;
    data[at + CLOSE] = priceTicks;
    data[at + VOLUME] = lots;
  }

  /** The last `limit` bars, oldest first. */
  latest(limit: number): GridBar[] {
    const count = Math.min(limit, this.size);
    const bars: GridBar[] = [];
    for (let i = this.size - count; i < this.size; i++) {
      const at = this.offsetOf(i);
      const data = this.data;
      bars.push({
        time: data[at + TIME],
        open: data[at + OPEN],
        high: data[at + HIGH],
        low: data[at + LOW],
        close: data[at + CLOSE],
        volume: data[at + VOLUME],
      });
    }
    return bars;
  }

  private offsetOf(index: number): number {
    const slots = this.data.length / FIELDS;
    return ((this.head + index) % slots) * FIELDS;
  }

  private append(): number {
    const slots = this.data.length / FIELDS;
    if (this.size < slots) return this.offsetOf(this.size++);
    if (slots < this.capacity) {
      const grown = new Float64Array(Math.min(this.capacity, slots * 2) * FIELDS);
      for (let i = 0; i < this.size; i++) {
        grown.set(this.data.subarray(this.offsetOf(i), this.offsetOf(i) + FIELDS), i * FIELDS);
      }
      this.data = grown;
      this.head = 0;
      return this.offsetOf(this.size++);
    }
    // Full: overwrite the oldest bar.
    this.overwritten = true;
    const at = this.offsetOf(0);
    this.head = (this.head + 1) % slots;
    return at;
  }
}
