/**
 * The sparkline's data: one point per `bucketMs` (the last price in that bucket), at most
 * `capacity` points; older points are thinned by halving so the whole session stays visible.
 */
export class SessionSeries {
  private points: number[] = [];
  private bucketStart = -Infinity;
  private bucketMs: number;

  constructor(
    bucketMs = 1_000,
    private readonly capacity = 240,
  ) {
    this.bucketMs = bucketMs;
  }

  /** Returns true when the visible series changed. */
  add(price: number, time: number): boolean {
    if (time - this.bucketStart < this.bucketMs && this.points.length > 0) {
      if (this.points[this.points.length - 1] === price) return false;
      this.points[this.points.length - 1] = price;
      return true;
    }
    this.bucketStart = time - (time % this.bucketMs);
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
