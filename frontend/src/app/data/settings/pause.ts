import { Injectable, signal } from '@angular/core';

/** "Pause updates" (WCAG 2.2.2): data keeps arriving and folding, nothing on screen moves. */
@Injectable({ providedIn: 'root' })
export class Pause {
  private readonly resumeListeners = new Set<() => void>();
  readonly paused = signal(false);

  toggle(): void {
    this.set(!this.paused());
  }

  set(paused: boolean): void {
    if (paused === this.paused()) return;
    this.paused.set(paused);
    if (!paused) for (const listener of this.resumeListeners) listener();
  }

  onResume(listener: () => void): () => void {
    this.resumeListeners.add(listener);
    return () => this.resumeListeners.delete(listener);
  }
}
