#!/usr/bin/env node
// `npm run fuzz -- --cases 1000000 [--seed N]`: the protocol fuzzing properties that CI runs
// (backend/test/fuzz, 20,000 cases), with more cases or a given seed, in one Jest process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('npm run fuzz -- [--cases N] [--seed N]   (defaults: 20000 cases, a random seed)');
  process.exit(0);
}
for (const [name, value] of [
  ['cases', values.cases],
  ['seed', values.seed],
]) {
  if (value !== undefined && !/^-?\d+$/.test(value)) {
    console.error(`tickwire fuzz: --${name} must be an integer (got "${value}")`);
    process.exit(1);
  }
}
const root = join(import.meta.dirname, '..');
const env = { ...process.env, FUZZ_CASES: values.cases };
if (values.seed !== undefined) env.FUZZ_SEED = values.seed;
const result = spawnSync(
  'npx',
  ['jest', '-c', 'backend/jest.config.cjs', 'backend/test/fuzz', '--runInBand'],
  { cwd: root, stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
