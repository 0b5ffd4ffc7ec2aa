/** A price at a time (epoch ms): a live quote's last, or a bar's open or close. */
export interface SessionSample {
  time: number;
  price: number;
}

/**
 * The sparkline's data: the session's price path, one point per bucket (the last price in it),
 * at most `capacity` points. Buckets are `bucketMs` times a power of two, as long as it takes
 * for the session so far to fit, so the points are evenly spread in time and the whole session
 * stays visible: seeded from the session's bars, then extended by live quotes.
 * The sparkline is redrawn at most once per `bucketMs` (staggered by `phaseMs`): redrawing 50
 * SVG paths on every update cost more than the rest of the table together (measured in headless
 * Chromium).
 */
export class SessionSeries {
  /** Start of each point's bucket, epoch ms. */
  private times: number[] = [];
  private points: number[] = [];
  private bucketMs: number;
  private signalled = -Infinity;

  /**
   * `phaseMs` shifts bucket boundaries per symbol, so 50 sparklines do not all redraw in the
   * same frame (measured as a long task).
   */
  constructor(
    private readonly baseBucketMs = 1_000,
    private readonly capacity = 240,
    private readonly phaseMs = 0,
  ) {
    this.bucketMs = baseBucketMs;
  }

  /**
   * Adds a live price. Returns true when the series changed and nothing was signalled yet in
   * this (staggered) `baseBucketMs`: the moment to redraw.
   */
  add(price: number, time: number): boolean {
    if (!this.put(price, time)) return false;
    const slot = Math.floor((time - this.phaseMs) / this.baseBucketMs);
    if (slot === this.signalled) return false;
    this.signalled = slot;
    return true;
  }

  /**
   * Puts the session's earlier path (oldest first) before the live points: samples from the
   * first live point on are left out, the live ones are newer. Buckets are widened until the
   * span from the first sample to `now` fits the capacity. Returns true when anything was added.
   */
  seed(samples: readonly SessionSample[], now: number): boolean {
    const firstLive = this.times[0] ?? Infinity;
    const older = samples.filter(
      (sample) =>
        sample.time < firstLive && Number.isFinite(sample.time) && Number.isFinite(sample.price),
    );
    const first = older[0];
    if (first === undefined) return false;
    const liveTimes = this.times;
    const livePoints = this.points;
    this.times = [];
    this.points = [];
    this.bucketMs = this.baseBucketMs;
    while ((now - first.time) / this.bucketMs > this.capacity) this.bucketMs *= 2;
    for (const sample of older) this.put(sample.price, sample.time);
    for (let i = 0; i < livePoints.length; i++) this.put(livePoints[i], liveTimes[i]);
    return true;
  }

  values(): readonly number[] {
    return this.points.slice();
  }

  /** Returns false when nothing changed (the same price again in the last bucket). */
  private put(price: number, time: number): boolean {
    const start = this.bucketStart(time);
    const last = this.points.length - 1;
    if (last >= 0 && start <= this.times[last]) {
      if (this.points[last] === price) return false;
      this.points[last] = price;
      return true;
    }
    this.times.push(start);
    this.points.push(price);
    while (this.points.length > this.capacity) this.widen();
    return true;
  }

  /** Doubles the buckets, keeping the last price of each. */
  private widen(): void {
    this.bucketMs *= 2;
    const times: number[] = [];
    const points: number[] = [];
    for (let i = 0; i < this.points.length; i++) {
      const start = this.bucketStart(this.times[i]);
      if (times.length > 0 && times[times.length - 1] === start) {
        points[points.length - 1] = this.points[i];
      } else {
        times.push(start);
        points.push(this.points[i]);
      }
    }
    this.times = times;
    this.points = points;
  }

  private bucketStart(time: number): number {
    return time - ((((time - this.phaseMs) % this.bucketMs) + this.bucketMs) % this.bucketMs);
  }
}
