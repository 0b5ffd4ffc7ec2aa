/**
 * Median time of one call, in microseconds: `rounds` rounds of enough calls to last ~`roundMs`.
 * Runs in Node and, stringified, in the page (no imports, no closures over module state).
 */
export function timeIt(run: () => unknown, roundMs = 60, rounds = 7): number {
  let calls = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    if (performance.now() - started >= roundMs / 4) break;
    calls *= 2;
  }
  calls *= 4;
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    samples.push(((performance.now() - started) * 1000) / calls);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)];
}
