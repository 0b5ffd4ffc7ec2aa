/**
 * How many cases the fuzz properties run and with which seed. CI runs the defaults; long runs
 * go through `npm run fuzz -- --cases 1000000 [--seed N]`, which sets these variables.
 */
const DEFAULT_CASES = 20_000;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${raw}`);
  return value;
}

/** FUZZ_SEED replays a run (the seed is printed by every property); random otherwise. */
export const FUZZ_SEED = intFromEnv('FUZZ_SEED') ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

/** Total cases over every property (FUZZ_CASES), at least the CI default. */
export const FUZZ_CASES = intFromEnv('FUZZ_CASES') ?? DEFAULT_CASES;

/** This property's share of the total. */
export function casesFor(share: number): number {
  return Math.max(1, Math.round(FUZZ_CASES * share));
}

/** Jest's timeout for a property of `cases` cases, at `perCaseMs` on a loaded machine. */
export function timeoutFor(cases: number, perCaseMs: number): number {
  return 60_000 + cases * perCaseMs;
}
