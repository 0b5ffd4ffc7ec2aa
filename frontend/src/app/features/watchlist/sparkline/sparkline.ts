import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { Settings } from '../../../data/settings/settings';
import { type SparklineDirection, SparklinePalette } from './sparkline-palette';

const WIDTH = 80;
const HEIGHT = 20;

/**
 * The session's price path, drawn on one small canvas: one element per row whatever the number
 * of points, and a redraw that touches neither layout nor the DOM tree.
 */
@Component({
  selector: 'tw-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The number of points and the direction drawn, for tests (bindings: written on change only).
  host: { '[attr.data-points]': 'values().length', '[attr.data-direction]': 'direction()' },
  template: `<canvas
    #canvas
    [width]="width * scale"
    [height]="height * scale"
    aria-hidden="true"
  ></canvas>`,
  styles: `
    :host {
      display: block;
      line-height: 0;
    }
    canvas {
      display: block;
      width: 80px;
      height: 20px;
    }
  `,
})
export class Sparkline {
  readonly values = input.required<readonly number[]>();
  /** The reference the color compares against (previous close). */
  readonly reference = input<number | null>(null);
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly scale = Math.min(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly palette = inject(SparklinePalette);
  private readonly theme = inject(Settings).theme;
  private context: CanvasRenderingContext2D | null | undefined;

  protected readonly direction = computed<SparklineDirection>(() => {
    const values = this.values();
    const last = values[values.length - 1];
    const reference = this.reference() ?? values[0];
    return last === undefined || reference === undefined || last >= reference ? 'up' : 'down';
  });

  constructor() {
    effect(() => {
      const context = this.drawingContext();
      const points = sparklinePoints(this.values(), WIDTH, HEIGHT);
      this.theme();
      if (context) draw(context, points, this.scale, this.palette.color(this.direction()));
    });
  }

  private drawingContext(): CanvasRenderingContext2D | null {
    const canvas = this.canvas().nativeElement;
    // jsdom (unit tests) has no 2D context.
    this.context ??= typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    return this.context;
  }
}

function draw(
  context: CanvasRenderingContext2D,
  points: readonly number[],
  scale: number,
  color: string,
): void {
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, WIDTH, HEIGHT);
  if (points.length < 2) return;
  context.strokeStyle = color;
  context.lineWidth = 1.25;
  context.lineJoin = 'round';
  context.beginPath();
  context.moveTo(points[0], points[1]);
  for (let i = 2; i < points.length; i += 2) context.lineTo(points[i], points[i + 1]);
  context.stroke();
}

/** The path as flat x,y pairs in the box, highest value at the top. */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const pad = 1;
  const points: number[] = [];
  values.forEach((value, index) => {
    points.push(values.length > 1 ? index * step : width);
    points.push(pad + (height - 2 * pad) * (1 - (value - min) / range));
  });
  return points;
}
