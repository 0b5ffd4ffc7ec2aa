import {
  DestroyRef,
  Directive,
  ElementRef,
  Injectable,
  effect,
  inject,
  input,
} from '@angular/core';
import { FlashLimiter } from './flash-limiter';

@Injectable({ providedIn: 'root' })
export class FlashPolicy {
  readonly limiter = new FlashLimiter(3);
}

/** How long a cell stays highlighted after a change. */
const FLASH_MS = 300;

/**
 * Highlights its element green or red when the bound value really changes, at most three times
 * per second per cell (WCAG 2.3.1). A data attribute switched on and off again: two paints per
 * flash, no per-frame animation, no change detection (animated backgrounds of a few hundred
 * cells measured as the most expensive part of the table in headless Chromium).
 */
@Directive({ selector: '[twFlash]' })
export class Flash {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly policy = inject(FlashPolicy);
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly value = input.required<number | null | undefined>({ alias: 'twFlash' });
  readonly key = input.required<string>({ alias: 'twFlashKey' });

  constructor() {
    effect(() => {
      const value = this.value();
      const key = this.key();
      if (value === null || value === undefined) return;
      const direction = this.policy.limiter.next(key, value, performance.now());
      if (direction !== 0) this.flash(direction);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  private flash(direction: 1 | -1): void {
    this.element.dataset['flash'] = direction > 0 ? 'up' : 'down';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => delete this.element.dataset['flash'], FLASH_MS);
  }
}
