/**
 * Allows a cell to flash at most `maxPerSecond` times per second (WCAG 2.3.1, three flashes),
 * and only when its value really changed. Time comes in as an argument (testable).
 */
export class FlashLimiter {
  private readonly lastFlash = new Map<string, number>();
  private readonly lastValue = new Map<string, number>();
  private readonly minGapMs: number;

  constructor(maxPerSecond = 3) {
    this.minGapMs = 1000 / maxPerSecond;
  }

  /** Records `value` for `key`; returns the direction to flash, or 0 for no flash. */
  next(key: string, value: number, now: number): -1 | 0 | 1 {
    const previous = this.lastValue.get(key);
    this.lastValue.set(key, value);
    if (previous === undefined || previous === value) return 0;
    const last = this.lastFlash.get(key);
    if (last !== undefined && now - last < this.minGapMs) return 0;
    this.lastFlash.set(key, now);
    return value > previous ? 1 : -1;
  }

  /** Records `value` for `key` without flashing (a cell that just appeared). */
  record(key: string, value: number): void {
    this.lastValue.set(key, value);
  }

  forget(key: string): void {
    this.lastFlash.delete(key);
    this.lastValue.delete(key);
  }
}
