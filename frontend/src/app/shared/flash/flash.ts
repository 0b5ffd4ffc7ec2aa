import {
  DestroyRef,
  Directive,
  ElementRef,
  Injectable,
  effect,
  inject,
  input,
} from '@angular/core';
import { FrameScheduler } from '../frame-scheduler';
import { FlashLimiter } from './flash-limiter';

/** How long a cell stays highlighted after a change. */
const FLASH_MS = 300;

/**
 * The flashes of every cell: the limiter, and one timer that turns off all flashes due, in the
 * next animation frame. A timer per cell (hundreds per second in a large watchlist) invalidated
 * style once per cell, between frames.
 */
@Injectable({ providedIn: 'root' })
export class FlashPolicy {
  readonly limiter = new FlashLimiter(3);
  private readonly scheduler = inject(FrameScheduler);
  private readonly lit = new Map<HTMLElement, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sweep = (now: number) => this.turnOffDue(now);

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  light(element: HTMLElement, direction: 1 | -1, now: number): void {
    element.dataset['flash'] = direction > 0 ? 'up' : 'down';
    this.lit.set(element, now + FLASH_MS);
    this.timer ??= setTimeout(() => this.scheduler.request(this.sweep), FLASH_MS);
  }

  forget(element: HTMLElement): void {
    this.lit.delete(element);
  }

  private turnOffDue(now: number): void {
    this.timer = undefined;
    let next = Infinity;
    for (const [element, until] of this.lit) {
      if (until <= now) {
        delete element.dataset['flash'];
        this.lit.delete(element);
      } else if (until < next) next = until;
    }
    if (next !== Infinity) {
      this.timer = setTimeout(() => this.scheduler.request(this.sweep), next - now);
    }
  }
}

/**
 * Highlights its element green or red when the bound value really changes, at most three times
 * per second per cell (WCAG 2.3.1). A data attribute switched on and off again: two paints per
 * flash, no per-frame animation, no change detection (animated backgrounds of a few hundred
 * cells measured as the most expensive part of the table in headless Chromium). The first value
 * an element shows never flashes: a row scrolled into view has not changed in front of anyone.
 */
@Directive({ selector: '[twFlash]' })
export class Flash {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly policy = inject(FlashPolicy);
  /** The key this element shows: a recycled row gets another symbol's key. */
  private shownKey: string | null = null;
  readonly value = input.required<number | null | undefined>({ alias: 'twFlash' });
  readonly key = input.required<string>({ alias: 'twFlashKey' });

  constructor() {
    effect(() => {
      const value = this.value();
      const key = this.key();
      if (value === null || value === undefined) return;
      const now = performance.now();
      if (this.shownKey !== key) {
        this.shownKey = key;
        this.policy.limiter.record(key, value);
        return;
      }
      const direction = this.policy.limiter.next(key, value, now);
      if (direction !== 0) this.policy.light(this.element, direction, now);
    });
    inject(DestroyRef).onDestroy(() => this.policy.forget(this.element));
  }
}
