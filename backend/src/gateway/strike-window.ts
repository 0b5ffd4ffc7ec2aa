/** Counts events in fixed windows of `windowMs` that start at the first event after the last one. */
export class StrikeWindow {
  private count = 0;
  private startedAt = -Infinity;

  constructor(private readonly windowMs: number) {}

  /** Counts one more event at `now`; returns how many fell in the current window. */
  add(now: number): number {
    if (now - this.startedAt > this.windowMs) {
      this.startedAt = now;
      this.count = 0;
    }
    return ++this.count;
  }
}
