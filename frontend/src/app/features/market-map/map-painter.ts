import { type SymbolInfo } from '@tickwire/protocol';
import {
  type DivergingPalette,
  cssColor,
  divergingColor,
  textColorOn,
} from '../../shared/treemap/diverging-scale';
import { type TreemapLayout } from '../../shared/treemap/nested-treemap';

export interface TileValue {
  changePct: number;
  /** Halted or stale: drawn with a hatch, the colour still telling the last change. */
  inactive: boolean;
}

export interface PaintStyle {
  palette: DivergingPalette;
  background: string;
  /** Tiles without a quote (not subscribed: beyond the plan's subscriptions, or not yet). */
  noData: string;
  groupText: string;
  font: string;
}

/** Draws the map on a canvas: group titles, one tile per instrument, labels where they fit. */
export function paintMap(
  context: CanvasRenderingContext2D,
  layout: TreemapLayout<SymbolInfo>,
  values: (symbol: string) => TileValue | null,
  style: PaintStyle,
): void {
  const { width, height } = context.canvas;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = style.background;
  context.fillRect(0, 0, width, height);
  context.restore();
  context.textBaseline = 'top';
  context.font = `600 11px ${style.font}`;
  context.fillStyle = style.groupText;
  for (const group of layout.groups) {
    if (group.rect.height < 40 || group.rect.width < 40) continue;
    const label = group.depth === 0 ? group.label.toUpperCase() : group.label;
    context.fillText(
      textIfFits(context, label, group.rect.width - 6),
      group.rect.x + 3,
      group.rect.y + 3,
    );
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const { item, rect } of layout.leaves) {
    const value = values(item.symbol);
    const color = divergingColor(value?.changePct ?? Number.NaN, style.palette);
    context.fillStyle = value ? cssColor(color) : style.noData;
    const w = Math.max(0, rect.width - 1);
    const h = Math.max(0, rect.height - 1);
    context.fillRect(rect.x, rect.y, w, h);
    if (value?.inactive) hatch(context, rect.x, rect.y, w, h);
    if (w < 20 || h < 12) continue;
    context.fillStyle = textColorOn(color);
    const cx = rect.x + w / 2;
    const twoLines = h >= 30 && value !== null;
    context.font = `600 11px ${style.font}`;
    let symbol = textIfFits(context, item.symbol, w - 4, true);
    if (symbol === '') {
      // Narrow tiles still get their symbol in a smaller type where that fits.
      context.font = `600 9px ${style.font}`;
      symbol = textIfFits(context, item.symbol, w - 2, true);
    }
    context.fillText(symbol, cx, rect.y + h / 2 - (twoLines ? 7 : 0));
    if (twoLines) {
      context.font = `10px ${style.font}`;
      const pct = `${value.changePct >= 0 ? '+' : '−'}${Math.abs(value.changePct).toFixed(2)}%`;
      context.fillText(textIfFits(context, pct, w - 4), cx, rect.y + h / 2 + 7);
    }
  }
  context.textAlign = 'start';
}

/** Widths of symbols by font: measuring 600 labels on every paint was a tenth of its cost. */
const widths = new Map<string, number>();

/** The text, or nothing when it does not fit (a cut symbol would be misread). */
function textIfFits(
  context: CanvasRenderingContext2D,
  text: string,
  width: number,
  cache = false,
): string {
  const key = `${context.font}|${text}`;
  let measured = cache ? widths.get(key) : undefined;
  if (measured === undefined) {
    measured = context.measureText(text).width;
    if (cache && widths.size < 10_000) widths.set(key, measured);
  }
  return measured <= width ? text : '';
}

function hatch(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  context.save();
  context.beginPath();
  context.rect(x, y, w, h);
  context.clip();
  context.strokeStyle = 'rgb(0 0 0 / 35%)';
  context.lineWidth = 2;
  context.beginPath();
  for (let d = -h; d < w; d += 6) {
    context.moveTo(x + d, y + h);
    context.lineTo(x + d + h, y);
  }
  context.stroke();
  context.restore();
}
