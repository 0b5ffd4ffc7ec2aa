import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@tickwire/bus/testing';
import { waitFor } from '@tickwire/testing';
import {
  type Command,
  ROOT,
  descendants,
  killTree,
  listening,
  runCommand,
  running,
} from '../support/process-tree';
import { TEST_ENV } from '../support/test-app';

/**
 * A process manager stops a service by signalling the PID it started. Each entry point must pass
 * SIGTERM on to what it started and exit once all of it is gone: no port left open, no process
 * left behind.
 */
async function stopByPid(
  command: Command,
  pid: number,
  ports: number[],
): Promise<{ exit: number | null; open: number[]; survivors: number[] }> {
  const tree = descendants(command.child.pid as number);
  expect(tree.length).toBeGreaterThan(0);
  process.kill(pid, 'SIGTERM');
  const exit = await command.exited;
  // Servers close their ports as they exit: give them the time a close takes, then look.
  await waitFor(async () => tree.every((p) => !running(p)), 15_000, 'every process to exit').catch(
    () => undefined,
  );
  const open: number[] = [];
  for (const port of ports) if (await listening(port)) open.push(port);
  const survivors = tree.filter(running);
  for (const survivor of survivors) process.kill(survivor, 'SIGKILL');
  return { exit, open, survivors };
}

describe('stopping an entry point by its PID', () => {
  it('npm run start:backend: SIGTERM to npm stops the gateway', async () => {
    if (!existsSync(join(ROOT, 'dist/backend/backend/src/main.js'))) {
      const build = spawnSync('npx', ['nx', 'run', 'backend:build', '--skipNxCache'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(build.status).toBe(0);
    }
    const port = await freePort();
    const npm = runCommand('npm', ['run', 'start:backend'], {
      ...TEST_ENV,
      LOG_LEVEL: 'log',
      PORT: String(port),
    });
    try {
      await npm.waitFor(/listening on http/, 60_000);
      const outcome = await stopByPid(npm, npm.child.pid as number, [port]);
      expect(outcome).toEqual({ exit: expect.any(Number), open: [], survivors: [] });
      expect(npm.output()).toContain('SIGTERM received');
    } finally {
      killTree(npm);
    }
  }, 180_000);

  it.each([
    ['npm start', 'npm', ['start']],
    ['node tools/start-dev.mjs', process.execPath, ['tools/start-dev.mjs']],
  ])(
    '%s: announces the dashboard once it answers, and SIGTERM stops everything',
    async (_what, command, args) => {
      const [gatewayPort, dashboardPort] = [await freePort(), await freePort()];
      const dev = runCommand(command, args, {
        PORT: String(gatewayPort),
        DASHBOARD_PORT: String(dashboardPort),
        LOG_LEVEL: 'warn',
      });
      try {
        await dev.waitFor(/Tickwire dashboard: open (\S+)/, 240_000);
        // Announced only once the dev server answers, and it proxies to the gateway.
        const page = await fetch(`http://localhost:${dashboardPort}/`);
        expect(page.status).toBe(200);
        const health = await fetch(`http://localhost:${dashboardPort}/health`);
        expect(health.status).toBe(200);
        const ports = [gatewayPort, dashboardPort];
        const outcome = await stopByPid(dev, dev.child.pid as number, ports);
        expect(outcome).toEqual({ exit: 0, open: [], survivors: [] });
      } finally {
        killTree(dev);
      }
    },
    300_000,
  );
});
