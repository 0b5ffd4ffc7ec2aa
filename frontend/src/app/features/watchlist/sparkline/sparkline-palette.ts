import { DOCUMENT, Injectable, inject } from '@angular/core';

export type SparklineDirection = 'up' | 'down';

/**
 * The theme's up and down colours for canvas strokes, read from the CSS custom properties once
 * per theme. Reading a canvas's computed colour on every redraw forced a style recalculation per
 * sparkline, the largest single cost of a scrolling 1,000-row watchlist.
 */
@Injectable({ providedIn: 'root' })
export class SparklinePalette {
  private readonly root = inject(DOCUMENT).documentElement;
  private theme: string | undefined;
  private colors: Record<SparklineDirection, string> = { up: '', down: '' };

  color(direction: SparklineDirection): string {
    const theme = this.root.dataset['theme'] ?? '';
    if (theme !== this.theme) {
      const style = getComputedStyle(this.root);
      this.colors = {
        up: style.getPropertyValue('--up').trim() || 'green',
        down: style.getPropertyValue('--down').trim() || 'red',
      };
      this.theme = theme;
    }
    return this.colors[direction];
  }
}
