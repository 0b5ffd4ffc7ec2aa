/**
 * Nearest-rank percentile: the smallest sample that at least `fraction` (0.99 for p99) of all
 * samples are at or below; NaN without samples.
 */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, fraction) - 1];
}

/**
 * The same rule over a histogram (`counts[i]` samples in bucket i): the index of the bucket that
 * holds that sample, -1 without samples.
 */
export function percentileBucket(counts: readonly number[], fraction: number): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return -1;
  const rank = nearestRank(total, fraction);
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i];
    if (seen >= rank) return i;
  }
  return counts.length - 1;
}

/** 1-based rank of the percentile's sample among `total`, clamped to 1..total. */
function nearestRank(total: number, fraction: number): number {
  return Math.min(total, Math.max(1, Math.ceil(total * fraction)));
}
