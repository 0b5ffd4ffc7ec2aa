import { Directive, ElementRef, Injectable, effect, inject, input } from '@angular/core';
import { FlashLimiter } from '../market/flash-limiter';

@Injectable({ providedIn: 'root' })
export class FlashPolicy {
  readonly limiter = new FlashLimiter(3);
  readonly reducedMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Flashes its element green or red when the bound value really changes, at most three times per
 * second per cell (WCAG 2.3.1). Uses the Web Animations API: no class toggling, no change
 * detection.
 */
@Directive({ selector: '[twFlash]' })
export class FlashDirective {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly policy = inject(FlashPolicy);
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
  }

  private flash(direction: 1 | -1): void {
    if (typeof this.element.animate !== 'function') return;
    const color = direction > 0 ? 'var(--flash-up)' : 'var(--flash-down)';
    this.element.dataset['flash'] = direction > 0 ? 'up' : 'down';
    this.element.animate([{ backgroundColor: color }, { backgroundColor: 'transparent' }], {
      duration: this.policy.reducedMotion ? 150 : 450,
      easing: 'ease-out',
    });
  }
}
