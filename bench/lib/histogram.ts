import { percentileBucket } from '@tickwire/testing';

/** Delivery delays in 0.5 ms buckets up to 10 s; later ones land in the last bucket. */
export const BUCKET_MS = 0.5;
export const BUCKETS = 20_000;

export function createHistogram(): number[] {
  return new Array<number>(BUCKETS + 1).fill(0);
}

export function record(histogram: number[], delayMs: number): void {
  const index = delayMs <= 0 ? 0 : Math.min(BUCKETS, Math.floor(delayMs / BUCKET_MS));
  histogram[index]++;
}

export function mergeInto(target: number[], source: readonly number[]): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i] ?? 0;
}

/** The delay (upper edge of its bucket, ms) below which `fraction` of the samples fall. */
export function percentile(histogram: readonly number[], fraction: number): number | null {
  const bucket = percentileBucket(histogram, fraction);
  return bucket < 0 ? null : (bucket + 1) * BUCKET_MS;
}
