import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { NOW } from './platform';

/** A wall clock that ticks once per second: data age, stale marks and countdowns read it. */
@Injectable({ providedIn: 'root' })
export class Clock {
  private readonly read = inject(NOW);
  readonly now = signal(this.read());

  constructor() {
    const timer = setInterval(() => this.now.set(this.read()), 1_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
