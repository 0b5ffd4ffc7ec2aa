export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Squarified treemap (Bruls, Huizing, van Wijk 2000): splits `rect` into one rectangle per
 * weight, in the weights' order, areas proportional to the weights, rows chosen so that the
 * rectangles stay as close to squares as the order allows. Zero or negative weights get an
 * empty rectangle.
 */
export function squarify(weights: readonly number[], rect: Rect): Rect[] {
  const out: Rect[] = weights.map(() => ({ x: rect.x, y: rect.y, width: 0, height: 0 }));
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total <= 0 || rect.width <= 0 || rect.height <= 0) return out;
  const scale = (rect.width * rect.height) / total;
  const items = weights
    .map((w, index) => ({ index, area: Math.max(0, w) * scale }))
    .filter((item) => item.area > 0);
  let free = { ...rect };
  let row: typeof items = [];
  for (const item of items) {
    const side = Math.min(free.width, free.height);
    if (row.length === 0 || worst([...row, item], side) <= worst(row, side)) {
      row.push(item);
      continue;
    }
    free = layRow(row, free, out);
    row = [item];
  }
  if (row.length > 0) layRow(row, free, out);
  return out;
}

/** The worst aspect ratio of a row laid along a side of this length. */
function worst(row: readonly { area: number }[], side: number): number {
  let sum = 0;
  let max = 0;
  let min = Infinity;
  for (const { area } of row) {
    sum += area;
    max = Math.max(max, area);
    min = Math.min(min, area);
  }
  const sideSq = side * side;
  const sumSq = sum * sum;
  return Math.max((sideSq * max) / sumSq, sumSq / (sideSq * min));
}

/** Lays the row along the shorter side of `free`; returns what is left. */
function layRow(row: readonly { index: number; area: number }[], free: Rect, out: Rect[]): Rect {
  const sum = row.reduce((s, item) => s + item.area, 0);
  const horizontal = free.width >= free.height;
  if (horizontal) {
    // A column at the left edge, as wide as the row's area needs.
    const width = Math.min(free.width, sum / free.height);
    let y = free.y;
    for (const item of row) {
      const height = item.area / width;
      out[item.index] = { x: free.x, y, width, height };
      y += height;
    }
    return { x: free.x + width, y: free.y, width: free.width - width, height: free.height };
  }
  const height = Math.min(free.height, sum / free.width);
  let x = free.x;
  for (const item of row) {
    const width = item.area / height;
    out[item.index] = { x, y: free.y, width, height };
    x += width;
  }
  return { x: free.x, y: free.y + height, width: free.width, height: free.height - height };
}
