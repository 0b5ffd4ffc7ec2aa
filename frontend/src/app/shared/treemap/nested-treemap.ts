import { type Rect, squarify } from './squarify';

/** A group of the map (an asset class, a sector) or a leaf (one instrument). */
export interface TreeNode<T> {
  label: string;
  weight: number;
  children?: readonly TreeNode<T>[];
  item?: T;
}

export interface LaidGroup {
  label: string;
  rect: Rect;
  depth: number;
}

export interface LaidLeaf<T> {
  item: T;
  rect: Rect;
}

export interface TreemapLayout<T> {
  groups: LaidGroup[];
  leaves: LaidLeaf<T>[];
}

export interface NestedOptions {
  /** Space between a group's edge and its children, px. */
  padding: number;
  /** Height of a group's title strip, px, when the group is big enough to show it. */
  header: number;
}

/**
 * Lays a tree out as nested squarified treemaps: each group gets the area of its weight, and its
 * children share it below a title strip. Nodes are laid out largest first.
 */
export function nestedTreemap<T>(
  roots: readonly TreeNode<T>[],
  rect: Rect,
  options: NestedOptions,
): TreemapLayout<T> {
  const layout: TreemapLayout<T> = { groups: [], leaves: [] };
  place(roots, rect, 0, options, layout);
  return layout;
}

function place<T>(
  nodes: readonly TreeNode<T>[],
  rect: Rect,
  depth: number,
  options: NestedOptions,
  layout: TreemapLayout<T>,
): void {
  const sorted = [...nodes].sort((a, b) => b.weight - a.weight);
  const rects = squarify(
    sorted.map((node) => node.weight),
    rect,
  );
  sorted.forEach((node, i) => {
    const box = rects[i];
    if (box.width <= 0 || box.height <= 0) return;
    if (node.children) {
      layout.groups.push({ label: node.label, rect: box, depth });
      place(node.children, inner(box, options), depth + 1, options, layout);
    } else if (node.item !== undefined) {
      layout.leaves.push({ item: node.item, rect: box });
    }
  });
}

/** The part of a group its children share: inside the padding, below the title if it fits. */
function inner(box: Rect, { padding, header }: NestedOptions): Rect {
  const title = box.height > header * 3 && box.width > header * 3 ? header : 0;
  return {
    x: box.x + padding,
    y: box.y + padding + title,
    width: Math.max(0, box.width - 2 * padding),
    height: Math.max(0, box.height - 2 * padding - title),
  };
}
