import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Rows that left or entered the viewport settle for this long before subscriptions change. */
const SETTLE_MS = 300;

/**
 * Which watchlist rows are on screen, through one IntersectionObserver. Scrolling changes the
 * set after it settles, so a fling through the list does not re-subscribe every row it passes.
 */
@Injectable({ providedIn: 'root' })
export class ViewportTracker {
  private readonly elements = new Map<Element, string>();
  private readonly offscreenNow = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => this.changed(entries), { rootMargin: '64px 0px' })
      : null;

  /**
   * Symbols whose row is known to be off screen. A row counts as visible until the observer says
   * otherwise, so a new row starts fast.
   */
  readonly offscreen = signal<ReadonlySet<string>>(new Set());
  readonly supported = this.observer !== null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.timer);
      this.observer?.disconnect();
    });
  }

  track(element: Element, symbol: string): () => void {
    this.elements.set(element, symbol);
    this.observer?.observe(element);
    return () => {
      this.observer?.unobserve(element);
      this.elements.delete(element);
      if (this.offscreenNow.delete(symbol)) this.publishSoon();
    };
  }

  private changed(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const symbol = this.elements.get(entry.target);
      if (symbol === undefined) continue;
      if (entry.isIntersecting) this.offscreenNow.delete(symbol);
      else this.offscreenNow.add(symbol);
    }
    this.publishSoon();
  }

  private publishSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.offscreen.set(new Set(this.offscreenNow)), SETTLE_MS);
  }
}
