#!/usr/bin/env node
// `npm start`: the gateway (with its embedded simulated feed) and the dashboard's dev server,
// which proxies /api and /ws to it. PORT (default 3000) and DASHBOARD_PORT (default 4200) move
// them. SIGTERM or SIGINT stops both, and this process exits once every process they started is
// gone; if either stops on its own, the other is stopped too.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(import.meta.dirname, '..');
/** What the servers get to close before the rest of their process groups is killed. */
const STOP_GRACE_MS = 10_000;

const gatewayPort = readPort('PORT', 3000);
const dashboardPort = readPort('DASHBOARD_PORT', 4200);
const dashboardUrl = `http://localhost:${dashboardPort}/`;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
env.PORT = String(gatewayPort);
// Plain child processes, no pseudo-terminals: a task in a pty has a session of its own that a
// signal to our process groups would miss, and nx's pty needs the terminal (we leave it alone).
env.NX_NATIVE_COMMAND_RUNNER = 'false';
env.NX_TUI = 'false';
if (dashboardPort !== 4200 && env.ALLOWED_ORIGINS === undefined) {
  env.ALLOWED_ORIGINS = `http://localhost:${dashboardPort},http://127.0.0.1:${dashboardPort}`;
}

// Each server runs in its own process group (`detached`), so that a signal reaches every process
// under it: nx, its task runners and the servers themselves, not only the first one.
const groups = [
  start(['nx', 'run', 'backend:serve']),
  // frontend/proxy.conf.mjs reads the gateway's port from PORT.
  start(['nx', 'run', 'frontend:serve', `--port=${dashboardPort}`]),
];

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(signal, 0));
for (const child of groups) {
  child.on('exit', (code, signal) => {
    if (!stopping) void stop('SIGTERM', code ?? (signal ? 1 : 0));
  });
}
void announceWhenServing();

function start(args) {
  return spawn('npx', [...args, '--outputStyle=stream'], {
    cwd: root,
    // Outside the terminal's foreground group, a read from it would stop the process: no stdin.
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
    detached: true,
  });
}

/** Signals both process groups, waits until they are empty (SIGKILL after a grace), exits. */
async function stop(signal, exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of groups) signalGroup(child, signal);
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groups.some(groupAlive) && Date.now() < deadline) await sleep(100);
  if (groups.some(groupAlive)) {
    console.error(`npm start: still running ${STOP_GRACE_MS} ms after ${signal}: killing`);
    for (const child of groups) signalGroup(child, 'SIGKILL');
  }
  process.exit(exitCode);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already empty
  }
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The announcement comes once the dev server and the gateway both answer, not before. */
async function announceWhenServing() {
  while (!stopping) {
    if ((await answers(dashboardUrl)) && (await answers(`${gatewayUrl}/health`))) {
      console.log(`\n  Tickwire dashboard: open ${dashboardUrl}  (gateway on ${gatewayUrl})\n`);
      return;
    }
    await sleep(500);
  }
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

function readPort(name, fallback) {
  const raw = process.env[name];
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`npm start: ${name} must be a port from 1 to 65535 (got "${raw}")`);
    process.exit(1);
  }
  return port;
}
