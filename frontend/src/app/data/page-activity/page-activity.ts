import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { FrameHealth } from './frame-health';

/**
 * Whether the tab is visible and whether frames run on time. A light requestAnimationFrame loop
 * measures frames while the page is visible; signals change at most once per second.
 */
@Injectable({ providedIn: 'root' })
export class PageActivity {
  private readonly document = inject(DOCUMENT);
  private readonly health = new FrameHealth();
  private handle: number | null = null;
  private lastFrame: number | null = null;

  readonly hidden = signal(false);
  /** 0 when healthy; each level doubles the throttle of every subscription. */
  readonly degradation = signal(0);
  readonly fps = signal<number | null>(null);

  constructor() {
    const onVisibility = () => this.visibilityChanged();
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('visibilitychange', onVisibility);
      this.stopLoop();
    });
    this.visibilityChanged();
  }

  private visibilityChanged(): void {
    const hidden = this.document.visibilityState === 'hidden';
    this.hidden.set(hidden);
    if (hidden) this.stopLoop();
    else this.startLoop();
  }

  private startLoop(): void {
    if (this.handle !== null || typeof requestAnimationFrame !== 'function') return;
    this.health.restart();
    this.lastFrame = null;
    const loop = (time: number) => {
      const duration = this.lastFrame === null ? 0 : time - this.lastFrame;
      this.lastFrame = time;
      if (this.health.frame(time, duration)) {
        this.degradation.set(this.health.level);
        this.fps.set(this.health.fps);
      }
      this.handle = requestAnimationFrame(loop);
    };
    this.handle = requestAnimationFrame(loop);
  }

  private stopLoop(): void {
    if (this.handle !== null) cancelAnimationFrame(this.handle);
    this.handle = null;
  }
}
