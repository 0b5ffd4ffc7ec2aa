import { DestroyRef, Injectable, inject } from '@angular/core';

type FrameTask = (time: number) => void;

/**
 * Runs work once per animation frame: many requests before a frame collapse into one run. This
 * is where folded market data is committed to signals and the chart; nothing else does it, so
 * no WebSocket message triggers change detection by itself.
 */
@Injectable({ providedIn: 'root' })
export class FrameScheduler {
  private readonly tasks = new Set<FrameTask>();
  private handle: number | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      if (this.handle !== null) cancelAnimationFrame(this.handle);
      this.tasks.clear();
    });
  }

  request(task: FrameTask): void {
    this.tasks.add(task);
    this.handle ??= requestAnimationFrame((time) => this.run(time));
  }

  private run(time: number): void {
    this.handle = null;
    const tasks = [...this.tasks];
    this.tasks.clear();
    for (const task of tasks) task(time);
  }
}
