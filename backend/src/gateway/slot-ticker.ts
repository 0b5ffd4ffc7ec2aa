/**
 * Runs a task just after every multiple of `periodMs` on the epoch clock, the boundaries of the
 * fan-out's flush slots. A plain `setInterval` keeps an arbitrary phase against those boundaries,
 * and a throttle then lands one slot late every period (110 ms instead of 100).
 */
export class SlotTicker {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly periodMs: number,
    private readonly task: () => void,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): void {
    this.running = true;
    this.arm();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  private arm(): void {
    const delay = this.periodMs - (this.clock() % this.periodMs);
    this.timer = setTimeout(this.fire, delay);
    this.timer.unref();
  }

  private readonly fire = (): void => {
    if (!this.running) return;
    try {
      this.task();
    } finally {
      if (this.running) this.arm();
    }
  };
}
