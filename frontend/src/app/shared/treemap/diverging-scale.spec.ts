import {
  DARK_PALETTE,
  FULL_SCALE_PCT,
  LIGHT_PALETTE,
  divergingColor,
  textColorOn,
} from './diverging-scale';

describe('divergingColor', () => {
  it('is neutral at 0 and for a missing change, full colour at the ends and beyond', () => {
    expect(divergingColor(0, DARK_PALETTE)).toEqual(DARK_PALETTE.neutral);
    expect(divergingColor(Number.NaN, DARK_PALETTE)).toEqual(DARK_PALETTE.neutral);
    expect(divergingColor(FULL_SCALE_PCT, DARK_PALETTE)).toEqual(DARK_PALETTE.up);
    expect(divergingColor(-FULL_SCALE_PCT * 4, DARK_PALETTE)).toEqual(DARK_PALETTE.down);
  });

  it('moves monotonically towards red as the change falls', () => {
    const reds = [-3, -2, -1, 0].map((pct) => divergingColor(pct, LIGHT_PALETTE));
    const distance = (c: readonly number[]) =>
      c.reduce((sum, v, i) => sum + Math.abs(v - LIGHT_PALETTE.down[i]), 0);
    const distances = reds.map(distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(distances[0]).toBe(0);
  });
});

describe('textColorOn', () => {
  it('picks white on the dark palette and black on the light one', () => {
    for (const c of [DARK_PALETTE.down, DARK_PALETTE.neutral, DARK_PALETTE.up]) {
      expect(textColorOn(c)).toBe('#ffffff');
    }
    for (const c of [LIGHT_PALETTE.down, LIGHT_PALETTE.neutral, LIGHT_PALETTE.up]) {
      expect(textColorOn(c)).toBe('#000000');
    }
  });
});
