/**
 * The sparkline's data: one point per `bucketMs` (the last price in that bucket), at most
 * `capacity` points; older points are thinned by halving so the whole session stays visible.
 * The sparkline is redrawn only when a bucket closes: redrawing 50 SVG paths on every update
 * cost more than the rest of the table together (measured in headless Chromium).
 */
export class SessionSeries {
  private points: number[] = [];
  private bucketStart = -Infinity;
  private bucketMs: number;

  /**
   * `phaseMs` shifts bucket boundaries per symbol, so 50 sparklines do not all redraw in the
   * same frame (measured as a long task).
   */
  constructor(
    bucketMs = 1_000,
    private readonly capacity = 240,
    private readonly phaseMs = 0,
  ) {
    this.bucketMs = bucketMs;
  }

  /** Returns true when a new point started (the moment to redraw). */
  add(price: number, time: number): boolean {
    if (time - this.bucketStart < this.bucketMs && this.points.length > 0) {
      this.points[this.points.length - 1] = price;
      return false;
    }
    this.bucketStart =
      time - ((((time - this.phaseMs) % this.bucketMs) + this.bucketMs) % this.bucketMs);
    this.points.push(price);
    if (this.points.length > this.capacity) {
      this.points = this.points.filter((_, index) => index % 2 === 1);
      this.bucketMs *= 2;
    }
    return true;
  }

  values(): readonly number[] {
    return this.points.slice();
  }
}
