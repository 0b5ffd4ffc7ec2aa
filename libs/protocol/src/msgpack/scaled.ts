import { MAX_SCALE } from './constants';
import { type MsgpackWriter } from './writer';

/**
 * Prices and sizes travel as integer mantissas: the value is `n / 10**scale`. For a decimal with
 * `scale` decimals, `n` and `10**scale` are exact doubles (|n| <= 2^53, scale <= 15 < 22), and
 * IEEE division rounds the exact quotient, which IS that decimal, to the nearest double: exactly
 * what JSON.parse gives for its decimal text. The encoder checks the division gives the value
 * back; a value that is not such a decimal (off the grid) is sent as a float64, unchanged.
 */
export const POWERS_OF_TEN: readonly number[] = Array.from(
  { length: MAX_SCALE + 1 },
  (_, scale) => 10 ** scale,
);

/** Decimals of a fragment's prices and of its sizes (volume, lastSize). */
export interface Scales {
  price: number;
  size: number;
}

/** Decimals of a step such as a tick size (0.01 → 2) or a lot size (1000 → 0). */
export function decimalsOf(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) throw new RangeError(`invalid step ${step}`);
  for (let scale = 0; scale < MAX_SCALE; scale++) {
    if (Math.round(step * POWERS_OF_TEN[scale]) / POWERS_OF_TEN[scale] === step) return scale;
  }
  return MAX_SCALE;
}

/** The scales of an instrument: the decimals of its tick size and of its lot size. */
export function scalesFor(instrument: { tickSize: number; lotSize: number }): Scales {
  return { price: decimalsOf(instrument.tickSize), size: decimalsOf(instrument.lotSize) };
}

/** Fewest decimals that carry every value exactly (for messages encoded without a catalog). */
export function decimalsOfValues(values: readonly number[]): number {
  let scale = 0;
  for (const value of values) {
    while (scale < MAX_SCALE && !isExactAt(value, scale)) scale++;
  }
  return scale;
}

function isExactAt(value: number, scale: number): boolean {
  const power = POWERS_OF_TEN[scale];
  const mantissa = Math.round(value * power);
  return Number.isSafeInteger(mantissa) && mantissa / power === value;
}

/** `value` as a mantissa at `scale` when that is exact, else as the float64 itself. */
export function writeScaled(writer: MsgpackWriter, value: number, scale: number): void {
  const power = POWERS_OF_TEN[scale];
  const mantissa = Math.round(value * power);
  if (Number.isSafeInteger(mantissa) && mantissa / power === value) writer.int(mantissa);
  else writer.number(value);
}
