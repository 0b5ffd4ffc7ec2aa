import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { ConnectionService } from '../connection/connection.service';
import { NOW } from '../shared/platform';

/** Twice per second: updates received per second and the age of the newest data. */
@Injectable({ providedIn: 'root' })
export class HealthStats {
  private readonly connection = inject(ConnectionService);
  private readonly now = inject(NOW);
  private lastCount = 0;
  private lastAt = this.now();

  readonly updatesPerSecond = signal(0);
  readonly dataAgeMs = signal<number | null>(null);

  constructor() {
    const timer = setInterval(() => this.sample(), 500);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private sample(): void {
    const now = this.now();
    const count = this.connection.updatesReceived;
    const elapsed = Math.max(1, now - this.lastAt);
    this.updatesPerSecond.set(Math.round(((count - this.lastCount) * 1000) / elapsed));
    this.lastCount = count;
    this.lastAt = now;
    const last = this.connection.lastDataAt;
    this.dataAgeMs.set(last === null ? null : now - last);
  }
}
