/** Least-squares slope of `values` over `minutes` (units per minute); 0 with fewer than 2 points. */
export function slopePerMinute(minutes: readonly number[], values: readonly number[]): number {
  const n = minutes.length;
  if (n < 2) return 0;
  const meanX = minutes.reduce((sum, x) => sum + x, 0) / n;
  const meanY = values.reduce((sum, y) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < n; i++) {
    numerator += (minutes[i] - meanX) * (values[i] - meanY);
    denominator += (minutes[i] - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * Minutes that count as warm-up: the first sixth of the run, at least one minute and at most five.
 * V8 sizes its heap and the load settles meanwhile; slopes are judged on the minutes after.
 */
export function warmupMinutes(totalMinutes: number): number {
  return Math.min(5, Math.max(1, Math.floor(totalMinutes / 6)));
}

export interface Verdict {
  goal: string;
  figure: string;
  passed: boolean;
}

export function renderVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `  ${v.passed ? 'PASS' : 'FAIL'}  ${v.goal}: ${v.figure}`).join('\n');
}
