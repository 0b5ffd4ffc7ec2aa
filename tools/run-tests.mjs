#!/usr/bin/env node
// `npm test`: every check CI runs, in order, then one `N passed, N failed` line over all runners.
// Steps keep going after a failure so that one run reports everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });

const nx = (args) => ['npx', ['nx', ...args, '--outputStyle=stream', '--skipNxCache']];
const steps = [
  { name: 'format', cmd: ['npx', ['prettier', '--check', '.', '--log-level', 'warn']] },
  { name: 'lint', cmd: nx(['run-many', '-t', 'lint', '--parallel=2']) },
  { name: 'typecheck', cmd: nx(['run-many', '-t', 'typecheck', '--parallel=2']) },
  { name: 'build', cmd: nx(['run-many', '-t', 'build']) },
  {
    name: 'unit and integration',
    cmd: nx(['run-many', '-t', 'test', '--parallel=1']),
    counted: true,
  },
  { name: 'end-to-end', cmd: nx(['run', 'frontend:e2e']), counted: true, needs: ['build'] },
  // The Docker demo as users run it (tools/containers/stack-check.ts); one line when no engine.
  {
    name: 'containers',
    cmd: ['npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/containers/stack-check.ts']],
    counted: true,
  },
];

const failedSteps = [];
for (const step of steps) {
  if (step.needs?.some((name) => failedSteps.includes(name))) {
    console.log(`\n=== ${step.name}: not run (${step.needs.join(', ')} failed)`);
    failedSteps.push(step.name);
    continue;
  }
  console.log(`\n=== ${step.name}`);
  const [command, args] = step.cmd;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) failedSteps.push(step.name);
}

const runs = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')))
  : [];
console.log('\n=== summary');
for (const run of runs.sort((a, b) => a.name.localeCompare(b.name))) {
  console.log(`${run.runner} ${run.name}: ${run.passed} passed, ${run.failed} failed`);
}
// A failed check (format, lint, typecheck, build) counts as one failed test; so does a test step
// that failed without reporting any failed test (a crash before Jest could report).
const countedFailures = runs.reduce((sum, run) => sum + run.failed, 0);
const uncounted = failedSteps.filter(
  (name) => !steps.find((step) => step.name === name)?.counted || countedFailures === 0,
);
for (const name of failedSteps) console.log(`step failed: ${name}`);
const passed = runs.reduce((sum, run) => sum + run.passed, 0);
const failed = countedFailures + uncounted.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
