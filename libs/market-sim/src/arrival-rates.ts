import { SimulatorConfigError } from './errors';
import { type Instrument } from './types';

/**
 * Per-symbol tick rates (ticks per second): explicit overrides as given, the rest of the
 * total shared in proportion to each instrument's activity.
 */
export function resolveRates(
  instruments: readonly Instrument[],
  ticksPerSecond: number,
  overrides: Readonly<Record<string, number>> = {},
): number[] {
  if (!(ticksPerSecond >= 0) || !Number.isFinite(ticksPerSecond)) {
    throw new SimulatorConfigError(
      `ticksPerSecond must be a finite number >= 0, got ${ticksPerSecond}`,
    );
  }
  const simulated = new Set(instruments.map((i) => i.symbol));
  let overridden = 0;
  for (const [symbol, rate] of Object.entries(overrides)) {
    if (!simulated.has(symbol)) {
      throw new SimulatorConfigError(`symbolRates names "${symbol}", which is not simulated`);
    }
    if (!(rate >= 0) || !Number.isFinite(rate)) {
      throw new SimulatorConfigError(`symbolRates["${symbol}"] must be a finite number >= 0`);
    }
    overridden += rate;
  }
  const shared = instruments.filter((i) => !(i.symbol in overrides));
  const remaining = ticksPerSecond - overridden;
  if (shared.length > 0 && remaining <= 0 && ticksPerSecond > 0) {
    throw new SimulatorConfigError(
      `symbolRates add up to ${overridden} ticks/s, leaving nothing of ticksPerSecond=${ticksPerSecond} for the other ${shared.length} symbols`,
    );
  }
  const totalActivity = shared.reduce((sum, i) => sum + (i.activity ?? 1), 0);
  return instruments.map((i) =>
    i.symbol in overrides
      ? overrides[i.symbol]
      : (Math.max(0, remaining) * (i.activity ?? 1)) / totalActivity,
  );
}

/** Walker/Vose alias table: draws an index with probability proportional to its weight in O(1). */
export class AliasTable {
  readonly probability: Float64Array;
  readonly alias: Int32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (n === 0 || total <= 0) return;
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((w, i) => (w < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.probability[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) {
      this.probability[i] = 1;
      this.alias[i] = i;
    }
  }

  /** Picks an index from one uniform draw in (0, 1). */
  pick(uniform: number): number {
    const scaled = uniform * this.probability.length;
    const column = Math.floor(scaled);
    return scaled - column < this.probability[column] ? column : this.alias[column];
  }
}
