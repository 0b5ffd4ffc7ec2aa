export interface FrameHealthOptions {
  /** A frame that took longer than this is late (three 60 Hz frames). */
  lateFrameMs: number;
  /** Measuring window. */
  windowMs: number;
  /** Share of late frames in a window that counts as unhealthy. */
  unhealthyRatio: number;
  /** Unhealthy windows in a row before slowing down one level. */
  windowsToDegrade: number;
  /** Healthy windows in a row before speeding up one level. */
  windowsToRecover: number;
  maxLevel: number;
}

export const DEFAULT_FRAME_HEALTH: FrameHealthOptions = {
  lateFrameMs: 50,
  windowMs: 1_000,
  unhealthyRatio: 0.2,
  windowsToDegrade: 2,
  windowsToRecover: 5,
  maxLevel: 3,
};

/**
 * Watches frame durations and turns them into a degradation level for the adaptive throttle:
 * slow down quickly when frames run late, speed up again slowly once they are on time.
 */
export class FrameHealth {
  private windowStart: number | null = null;
  private frames = 0;
  private late = 0;
  private badWindows = 0;
  private goodWindows = 0;
  level = 0;
  /** Frames per second of the last complete window. */
  fps = 0;

  constructor(private readonly options: FrameHealthOptions = DEFAULT_FRAME_HEALTH) {}

  /** Feeds one frame; returns true when `level` or `fps` changed. */
  frame(time: number, durationMs: number): boolean {
    if (this.windowStart === null) {
      this.windowStart = time;
      return false;
    }
    this.frames += 1;
    if (durationMs > this.options.lateFrameMs) this.late += 1;
    const elapsed = time - this.windowStart;
    if (elapsed < this.options.windowMs) return false;
    return this.closeWindow(elapsed);
  }

  /** The page was hidden: frame timings across the gap mean nothing. */
  restart(): void {
    this.windowStart = null;
    this.frames = 0;
    this.late = 0;
  }

  private closeWindow(elapsed: number): boolean {
    const before = this.level;
    const fps = Math.round((this.frames * 1000) / elapsed);
    const unhealthy = this.late / Math.max(1, this.frames) > this.options.unhealthyRatio;
    this.badWindows = unhealthy ? this.badWindows + 1 : 0;
    this.goodWindows = unhealthy ? 0 : this.goodWindows + 1;
    if (this.badWindows >= this.options.windowsToDegrade && this.level < this.options.maxLevel) {
      this.level += 1;
      this.badWindows = 0;
    } else if (this.goodWindows >= this.options.windowsToRecover && this.level > 0) {
      this.level -= 1;
      this.goodWindows = 0;
    }
    this.windowStart = (this.windowStart ?? 0) + elapsed;
    this.frames = 0;
    this.late = 0;
    const changed = this.level !== before || fps !== this.fps;
    this.fps = fps;
    return changed;
  }
}
