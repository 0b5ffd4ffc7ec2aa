/**
 * Exact decimal arithmetic for prices and sizes: values are kept as integer counts of a step
 * (tick size or lot size) and turned into numbers only at the edge, as
 * `count * units / 10^decimals`, which yields the double closest to the decimal value.
 */
export class DecimalGrid {
  readonly decimals: number;
  readonly scale: number;
  /** The step expressed in units of 10^-decimals. */
  readonly units: number;
  private readonly inverseStep: number;

  constructor(readonly step: number) {
    if (!(step > 0) || !Number.isFinite(step)) throw new RangeError(`invalid step ${step}`);
    let decimals = 0;
    while (
      decimals < 12 &&
      Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-9
    ) {
      decimals++;
    }
    this.decimals = decimals;
    this.scale = 10 ** decimals;
    this.units = Math.round(step * this.scale);
    this.inverseStep = this.scale / this.units;
  }

  toValue(count: number): number {
    return (count * this.units) / this.scale;
  }

  /** Step count nearest to a value. */
  nearest(value: number): number {
    return Math.round(value * this.inverseStep);
  }

  floor(value: number): number {
    return Math.floor(value * this.inverseStep + 1e-9);
  }

  ceil(value: number): number {
    return Math.ceil(value * this.inverseStep - 1e-9);
  }

  /** True when the value is a whole multiple of the step (up to floating point noise). */
  isOnGrid(value: number): boolean {
    const count = value * this.inverseStep;
    return Math.abs(count - Math.round(count)) < 1e-6;
  }
}
