import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Connection } from '../../data/connection/connection';
import { NOW } from '../../shared/platform';

/** Samples kept for the rate: it spans 2 s, so that 1 s throttles do not alias to 0 and 2x. */
const RATE_WINDOW_SAMPLES = 4;

/** Twice per second: updates received per second and the age of the newest data. */
@Injectable({ providedIn: 'root' })
export class HealthStats {
  private readonly connection = inject(Connection);
  private readonly now = inject(NOW);
  /** (time, updates received so far) of the last samples, oldest first. */
  private readonly samples: [number, number][] = [[this.now(), 0]];

  readonly updatesPerSecond = signal(0);
  readonly dataAgeMs = signal<number | null>(null);

  constructor() {
    const timer = setInterval(() => this.sample(), 500);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private sample(): void {
    const now = this.now();
    const count = this.connection.updatesReceived;
    this.samples.push([now, count]);
    if (this.samples.length > RATE_WINDOW_SAMPLES + 1) this.samples.shift();
    const [oldestAt, oldestCount] = this.samples[0];
    const elapsed = Math.max(1, now - oldestAt);
    this.updatesPerSecond.set(Math.round(((count - oldestCount) * 1000) / elapsed));
    const last = this.connection.lastDataAt;
    this.dataAgeMs.set(last === null ? null : now - last);
  }
}
