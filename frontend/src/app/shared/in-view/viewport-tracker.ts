import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Rows that left or entered the viewport settle for this long before subscriptions change. */
const SETTLE_MS = 300;

/**
 * Which watchlist rows are on screen. A virtual list renders only the rows in view (plus a small
 * buffer), so the list reports its rendered range here; every other row is off screen.
 * Scrolling changes the set after it settles, so a fling through the list does not re-subscribe
 * every row it passes.
 */
@Injectable({ providedIn: 'root' })
export class ViewportTracker {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: ReadonlySet<string> | null = null;
  /** The rows rendered right now (not settled), null before any list reported. */
  private rendered: ReadonlySet<string> | null = null;

  /**
   * Symbols whose row is known to be off screen. A row counts as visible until a list reports
   * otherwise, so a new row starts fast.
   */
  readonly offscreen = signal<ReadonlySet<string>>(new Set());

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  /** The list's rows in order, and the range of them on screen (`end` excluded). */
  report(rows: readonly string[], start: number, end: number): void {
    const offscreen = new Set<string>();
    for (let i = 0; i < rows.length; i++) if (i < start || i >= end) offscreen.add(rows[i]);
    this.rendered = new Set(rows.slice(start, end));
    this.pending = offscreen;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.publish(), SETTLE_MS);
  }

  /** Whether a symbol's row is rendered now (true until a list has reported). */
  isRendered(symbol: string): boolean {
    return this.rendered === null || this.rendered.has(symbol);
  }

  private publish(): void {
    const next = this.pending;
    this.pending = null;
    if (!next || sameSet(next, this.offscreen())) return;
    this.offscreen.set(next);
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}
