import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const WIDTH = 80;
const HEIGHT = 20;

/** The session's price path as an SVG polyline (built by bindings, never from HTML text). */
@Component({
  selector: 'tw-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The number of points drawn, for tests (a binding: written only when it changes).
  host: { '[attr.data-points]': 'values().length' },
  template: `<svg
    [attr.viewBox]="'0 0 ' + width + ' ' + height"
    [attr.width]="width"
    [attr.height]="height"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <polyline [attr.points]="points()" [class.up]="up()" [class.down]="!up()" />
  </svg>`,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
    polyline {
      fill: none;
      stroke-width: 1.25;
      vector-effect: non-scaling-stroke;
    }
    .up {
      stroke: var(--up);
    }
    .down {
      stroke: var(--down);
    }
  `,
})
export class Sparkline {
  readonly values = input.required<readonly number[]>();
  /** The reference the color compares against (previous close). */
  readonly reference = input<number | null>(null);
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;

  protected readonly up = computed(() => {
    const values = this.values();
    const last = values[values.length - 1];
    const reference = this.reference() ?? values[0];
    return last === undefined || reference === undefined || last >= reference;
  });

  protected readonly points = computed(() => sparklinePoints(this.values(), WIDTH, HEIGHT));
}

export function sparklinePoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const pad = 1;
  return values
    .map((value, index) => {
      const x = values.length > 1 ? index * step : width;
      const y = pad + (height - 2 * pad) * (1 - (value - min) / range);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}
