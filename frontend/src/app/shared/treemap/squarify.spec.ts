import { nestedTreemap } from './nested-treemap';
import { type Rect, squarify } from './squarify';

const area = (r: Rect) => r.width * r.height;
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 1e-9 &&
  r.y >= outer.y - 1e-9 &&
  r.x + r.width <= outer.x + outer.width + 1e-9 &&
  r.y + r.height <= outer.y + outer.height + 1e-9;
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('squarify', () => {
  const box = { x: 10, y: 20, width: 600, height: 400 };

  it('lays out the example of the paper: areas kept, rows squarified', () => {
    const rects = squarify([6, 6, 4, 3, 2, 2, 1], { x: 0, y: 0, width: 6, height: 4 });
    expect(rects.map(area).map((a) => Math.round(a * 1e6) / 1e6)).toEqual([6, 6, 4, 3, 2, 2, 1]);
    // The paper's first row: the two 6s stacked in a column 3 wide.
    expect(rects[0]).toEqual({ x: 0, y: 0, width: 3, height: 2 });
    expect(rects[1]).toEqual({ x: 0, y: 2, width: 3, height: 2 });
  });

  it('covers the rectangle exactly, without overlaps, areas proportional to the weights', () => {
    const weights = Array.from({ length: 97 }, (_, i) => 1 + ((i * 37) % 11));
    const rects = squarify(weights, box);
    const total = weights.reduce((a, b) => a + b, 0);
    rects.forEach((r, i) => {
      expect(inside(r, box)).toBe(true);
      expect(area(r)).toBeCloseTo((weights[i] / total) * area(box), 6);
    });
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++)
        expect(overlap(rects[i], rects[j])).toBeLessThan(1e-6);
    }
  });

  it('keeps tiles of equal weight close to square', () => {
    const rects = squarify(new Array(600).fill(1), box);
    const ratios = rects.map((r) => Math.max(r.width / r.height, r.height / r.width));
    expect(Math.max(...ratios)).toBeLessThan(3);
  });

  it('gives nothing to zero weights and copes with an empty or degenerate rectangle', () => {
    expect(squarify([0, 2, 0], box).map(area)).toEqual([0, area(box), 0]);
    expect(squarify([1, 1], { x: 0, y: 0, width: 0, height: 10 }).map(area)).toEqual([0, 0]);
    expect(squarify([], box)).toEqual([]);
  });
});

describe('nestedTreemap', () => {
  it('nests leaves inside their groups, below the title strip, largest group first', () => {
    const leaf = (s: string) => ({ label: s, weight: 1, item: s });
    const layout = nestedTreemap(
      [
        { label: 'FX', weight: 2, children: [leaf('EUR/USD'), leaf('USD/JPY')] },
        { label: 'Equity', weight: 3, children: [leaf('AAPL'), leaf('MSFT'), leaf('NVDA')] },
      ],
      { x: 0, y: 0, width: 500, height: 300 },
      { padding: 2, header: 14 },
    );
    expect(layout.groups.map((g) => g.label)).toEqual(['Equity', 'FX']);
    expect(layout.leaves).toHaveLength(5);
    for (const { item, rect } of layout.leaves) {
      const group = layout.groups.find((g) => g.label === (item.includes('/') ? 'FX' : 'Equity'));
      if (!group) throw new Error(`no group for ${item}`);
      expect(inside(rect, group.rect)).toBe(true);
      expect(rect.y).toBeGreaterThanOrEqual(group.rect.y + 2 + 14);
    }
    const equity = layout.groups[0].rect;
    expect(area(equity)).toBeCloseTo(0.6 * 500 * 300, 6);
  });
});
