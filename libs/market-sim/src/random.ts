const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_MINUS_31 = 2 ** -31;

/** 32-bit FNV-1a hash, used to derive independent seeds from names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Combines a seed with a tag (e.g. a symbol) into a new, well-mixed 32-bit seed. */
export function deriveSeed(seed: number, tag: string): number {
  return splitMix32(((seed >>> 0) ^ hashString(tag)) >>> 0)[1];
}

function splitMix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Seeded pseudo-random generator: sfc32 (small fast chaotic, 128-bit state), which passes
 * PractRand and runs on 32-bit integer arithmetic only, so it is fast in V8.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = 0;
  private hasSpareNormal = false;

  constructor(seed: number) {
    let state = seed >>> 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitMix32(state);
      state = next;
      words.push(value);
    }
    [this.a, this.b, this.c, this.d] = words;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    const c = (this.c << 21) | (this.c >>> 11);
    this.c = (c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in the open interval (0, 1): never 0, so its logarithm is finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }

  /** Standard normal (Marsaglia polar method; the second value of each pair is kept). */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    let x: number;
    let y: number;
    let radius: number;
    do {
      x = this.nextUint32() * TWO_POW_MINUS_31 - 1;
      y = this.nextUint32() * TWO_POW_MINUS_31 - 1;
      radius = x * x + y * y;
    } while (radius >= 1 || radius === 0);
    const scale = Math.sqrt((-2 * Math.log(radius)) / radius);
    this.spareNormal = y * scale;
    this.hasSpareNormal = true;
    return x * scale;
  }

  /** Exponential with mean 1. */
  exponential(): number {
    return -Math.log(this.uniform());
  }

  /** Poisson count with the given mean (inversion below 30, normal approximation above). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const u = this.uniform();
    let probability = Math.exp(-mean);
    let cumulative = probability;
    let count = 0;
    while (u > cumulative && count < 200) {
      count++;
      probability *= mean / count;
      cumulative += probability;
    }
    return count;
  }
}
