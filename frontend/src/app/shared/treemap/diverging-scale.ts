export type Rgb = readonly [number, number, number];

export interface DivergingPalette {
  down: Rgb;
  neutral: Rgb;
  up: Rgb;
}

/** Change % at which a tile reaches the palette's full colour. */
export const FULL_SCALE_PCT = 3;

/** Dark theme: deep red through slate to deep green, white text stays readable on each. */
export const DARK_PALETTE: DivergingPalette = {
  down: [191, 33, 47],
  neutral: [58, 64, 76],
  up: [22, 130, 84],
};

/** Light theme: the same hues, lighter, for dark text. */
export const LIGHT_PALETTE: DivergingPalette = {
  down: [236, 112, 112],
  neutral: [214, 219, 226],
  up: [99, 190, 123],
};

/**
 * The colour of a change %: the neutral colour at 0, the `up` or `down` colour at
 * ±FULL_SCALE_PCT and beyond, linear between. Not a number (no quote yet) is the neutral colour.
 */
export function divergingColor(changePct: number, palette: DivergingPalette): Rgb {
  if (!Number.isFinite(changePct)) return palette.neutral;
  const t = Math.min(1, Math.abs(changePct) / FULL_SCALE_PCT);
  const end = changePct >= 0 ? palette.up : palette.down;
  return palette.neutral.map((c, i) => Math.round(c + (end[i] - c) * t)) as unknown as Rgb;
}

export function cssColor([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}

/** Black or white, whichever reads better on this background (WCAG relative luminance). */
export function textColorOn([r, g, b]: Rgb): string {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
