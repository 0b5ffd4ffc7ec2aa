#!/usr/bin/env node
// `node tools/hash-password.mjs`, the command the docs give: runs hash-password.ts (TypeScript, so
// that it hashes with the gateway's own code) through tsx, with the workspace's import paths.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const run = spawnSync(
  process.execPath,
  [tsx, '--tsconfig', here('./tsconfig.json'), here('./hash-password.ts')],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
