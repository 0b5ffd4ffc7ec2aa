#!/usr/bin/env node
// `npm start`: the gateway (with its embedded simulated feed) and the dashboard's dev server,
// which proxies /api and /ws to it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const child = spawn(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'serve',
    '-p',
    'backend',
    'frontend',
    '--parallel=2',
    '--outputStyle=stream',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
  },
);
setTimeout(() => {
  console.log(
    '\n  Tickwire dashboard: open http://localhost:4200/  (gateway on http://127.0.0.1:3000)\n',
  );
}, 8000).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
