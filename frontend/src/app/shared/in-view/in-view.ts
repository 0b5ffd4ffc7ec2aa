import { DestroyRef, Directive, ElementRef, afterNextRender, inject, input } from '@angular/core';
import { ViewportTracker } from './viewport-tracker';

/** Reports whether its element is on screen, for viewport-aware subscriptions. */
@Directive({ selector: '[twInView]' })
export class InView {
  readonly symbol = input.required<string>({ alias: 'twInView' });

  constructor() {
    const element = inject<ElementRef<Element>>(ElementRef).nativeElement;
    const tracker = inject(ViewportTracker);
    let stop: (() => void) | undefined;
    afterNextRender(() => (stop = tracker.track(element, this.symbol())));
    inject(DestroyRef).onDestroy(() => stop?.());
  }
}
