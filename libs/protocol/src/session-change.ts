/** Decimals of a quote's `changePct` (docs/protocol.md, the Quote table). */
export const CHANGE_PCT_DECIMALS = 4;

/**
 * A quote's change against the previous close: `change` on the instrument's price grid
 * (`priceDecimals`, the decimals of its tick size), `changePct` = 100 * change / prevClose to
 * CHANGE_PCT_DECIMALS, and 0 rather than infinite against a zero previous close.
 */
export function sessionChange(
  last: number,
  prevClose: number,
  priceDecimals: number,
): { change: number; changePct: number } {
  const change = roundTo(last - prevClose, priceDecimals);
  const changePct = prevClose === 0 ? 0 : roundTo((100 * change) / prevClose, CHANGE_PCT_DECIMALS);
  return { change, changePct };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
