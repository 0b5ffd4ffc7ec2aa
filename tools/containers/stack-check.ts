/**
 * The `containers` step of `npm test` (README "Docker"): builds the stand-in base images (Podman),
 * builds Tickwire's image, brings the stack up with docker-compose.yml as users run it, drives a
 * real Chromium through https://127.0.0.1:8443/ across a gateway stop and a Redis restart, and
 * takes the stack down again, leaving nothing behind. Prints the image sizes and timings, and
 * writes its totals to tmp/test-results/containers.json for the summary line of `npm test`.
 *
 *   npx tsx --tsconfig tools/tsconfig.json tools/containers/stack-check.ts
 *
 * With no container engine (no podman, no docker with a daemon) it prints one line and passes,
 * unless TICKWIRE_REQUIRE_CONTAINERS=1 (as `.ci/run` sets), which makes that a failure.
 * NPM_CA_FILE: the CA that `npm ci` inside the build must trust (default: `npm config get cafile`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '@tickwire/testing';
import { waitForPriceChange, waitForState } from '@tickwire/testing/dashboard';
import { ARTIFACTS, PROJECT, Stack } from './compose-stack';
import {
  type Engine,
  ROOT,
  URL_BASE,
  findEngine,
  https,
  must,
  portFree,
  run,
  until,
} from './engine';

const IMAGE = 'tickwire:latest';
const NODE_BASE = 'docker.io/library/node:20-bookworm-slim';
const MAX_ADDED_MB = 80;
const MAX_READY_MS = 5000;
const RECOVERY_MS = 20_000;
const DEADLINE_MS = 15 * 60_000;

const results: { name: string; ok: boolean; detail: string }[] = [];
const figures: string[] = [];
const started = Date.now();

async function check(name: string, body: () => Promise<string | void>): Promise<boolean> {
  const start = Date.now();
  try {
    const detail = (await body()) ?? '';
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    results.push({ name, ok: true, detail });
    console.log(`  ✓ ${name} (${seconds} s)${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail: message });
    console.log(`  ✗ ${name}: ${message}`);
    return false;
  }
}

function skip(name: string, why: string): void {
  console.log(`  - ${name}: not run (${why})`);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function caFile(): string | undefined {
  const fromEnv = process.env['NPM_CA_FILE'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const result = spawnSync('npm', ['config', 'get', 'cafile'], { encoding: 'utf8' });
  const path = result.stdout?.trim();
  return path && path !== 'null' && path !== 'undefined' && existsSync(path) ? path : undefined;
}

async function imageSize(engine: Engine, image: string): Promise<number> {
  return Number(await must(engine.name, ['image', 'inspect', '--format', '{{.Size}}', image]));
}

async function buildImages(engine: Engine): Promise<boolean> {
  if (engine.name === 'podman') {
    const ok = await check(
      'stand-in base images (tools/containers/build-base-images.sh)',
      async () => {
        const start = Date.now();
        const out = await must('bash', ['tools/containers/build-base-images.sh'], 600_000);
        figures.push(`base images: ${((Date.now() - start) / 1000).toFixed(1)} s`);
        return out
          .split('\n')
          .map((line) => line.replace(/^base-images: /, ''))
          .slice(-3)
          .join(', ');
      },
    );
    if (!ok) return false;
  }
  return check(
    `image ${IMAGE} builds and adds at most ${MAX_ADDED_MB} MB to its base`,
    async () => {
      const ca = caFile();
      const start = Date.now();
      await must(
        engine.name,
        [
          'build',
          ...(engine.name === 'podman' ? ['--format', 'docker'] : []),
          ...(ca ? ['--secret', `id=npm_ca,src=${ca}`] : []),
          '-t',
          IMAGE,
          '.',
        ],
        600_000,
      );
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      const [size, base] = [await imageSize(engine, IMAGE), await imageSize(engine, NODE_BASE)];
      figures.push(
        `image build: ${seconds} s${ca ? ` (npm_ca: ${ca})` : ''}`,
        `image size: ${mb(size)}, base ${NODE_BASE} ${mb(base)}, added ${mb(size - base)}`,
      );
      if (size - base > MAX_ADDED_MB * 1e6) throw new Error(`adds ${mb(size - base)}`);
      return `${mb(size)}, ${mb(size - base)} over its base`;
    },
  );
}

async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(`${URL_BASE}/`);
  await waitForState(page, 'live', 30_000);
  return page;
}

async function pricesMove(page: Page, timeoutMs: number): Promise<string> {
  const changed = await waitForPriceChange(page, timeoutMs);
  if (changed.length === 0) throw new Error(`no displayed price changed within ${timeoutMs} ms`);
  return `${changed.length} prices changed`;
}

/** Marks the loaded document; `assertNotReloaded` fails once a reload or navigation replaced it. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { twMark: boolean }).twMark = true));
}

async function assertNotReloaded(page: Page): Promise<void> {
  const marked = await page.evaluate(() => (window as unknown as { twMark?: boolean }).twMark);
  if (marked !== true) throw new Error('the page was reloaded');
}

async function browserChecks(stack: Stack, engine: Engine): Promise<void> {
  let browser: Browser | undefined;
  let page: Page | undefined;
  const gateways = ['gateway-1', 'gateway-2'];
  let stopped: string | undefined;
  try {
    const opened = await check('dashboard live through the proxy, prices move', async () => {
      browser = await launchChromium();
      page = await openPage(browser);
      return pricesMove(page, 10_000);
    });
    if (!opened || !page) return;
    const live = page;

    await check(
      `stopping the page's gateway: live again within ${RECOVERY_MS / 1000} s, no reload`,
      async () => {
        const counts = await Promise.all(gateways.map((service) => stack.connections(service)));
        const serving = gateways[counts.findIndex((count) => count > 0)];
        if (!serving)
          throw new Error(`no gateway holds the page's WebSocket (${counts.join(', ')})`);
        const other = gateways.find((service) => service !== serving) as string;
        await markDocument(live);
        const start = Date.now();
        await must(engine.name, ['stop', '-t', '10', await stack.container(serving)]);
        stopped = serving;
        const left = Math.max(1000, RECOVERY_MS - (Date.now() - start));
        await waitForState(live, 'live', left);
        await pricesMove(live, Math.max(1000, RECOVERY_MS - (Date.now() - start)));
        const elapsed = Date.now() - start;
        await assertNotReloaded(live);
        if ((await stack.connections(other)) === 0) throw new Error(`${other} holds no connection`);
        figures.push(
          `failover ${serving} -> ${other}: prices moving again ${elapsed} ms after the stop`,
        );
        return `${serving} stopped, prices moving via ${other} after ${elapsed} ms`;
      },
    );

    if (stopped) {
      const service = stopped;
      await check(`a started gateway is ready in under ${MAX_READY_MS / 1000} s`, async () => {
        const container = await stack.container(service);
        const start = Date.now();
        await must(engine.name, ['start', container]);
        await until(`${service} ready`, 30_000, async () =>
          (await stack.gatewayReady(service)) ? true : null,
        );
        const elapsed = Date.now() - start;
        figures.push(`gateway ready: ${elapsed} ms from \`${engine.name} start\``);
        if (elapsed >= MAX_READY_MS) throw new Error(`ready after ${elapsed} ms`);
        return `${service} ready ${elapsed} ms after start`;
      });
    }

    await check(
      `restarting redis: prices flow again within ${RECOVERY_MS / 1000} s, no reload`,
      async () => {
        await markDocument(live);
        const start = Date.now();
        await must(engine.name, ['restart', '-t', '10', await stack.container('redis')]);
        const changed = await pricesMove(live, Math.max(1000, RECOVERY_MS - (Date.now() - start)));
        await waitForState(live, 'live', 1000);
        await assertNotReloaded(live);
        const elapsed = Date.now() - start;
        figures.push(`redis restart: prices moving again ${elapsed} ms after the restart began`);
        return `${changed} ${elapsed} ms after the restart began`;
      },
    );
  } finally {
    await browser?.close();
  }
}

async function apiChecks(stack: Stack): Promise<void> {
  await check('/api/history/AAPL through the proxy with a guest token', async () => {
    const guest = await https('/api/auth/guest', { method: 'POST' });
    if (guest.status !== 200) throw new Error(`guest sign-in: ${guest.status} ${guest.body}`);
    const { accessToken } = JSON.parse(guest.body) as { accessToken: string };
    const history = await https('/api/history/AAPL?limit=5', {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (history.status !== 200) throw new Error(`history: ${history.status} ${history.body}`);
    const bars = (JSON.parse(history.body) as { data: unknown[] }).data.length;
    return `${bars} bars`;
  });

  await check("each gateway accepts the other's tokens (one shared AUTH_SECRET)", async () => {
    for (const [issuer, verifier] of [
      ['gateway-1', 'gateway-2'],
      ['gateway-2', 'gateway-1'],
    ]) {
      const guest = await stack.gatewayHttp(issuer, '/api/auth/guest', { method: 'POST' });
      const { accessToken } = JSON.parse(guest.body) as { accessToken: string };
      const history = await stack.gatewayHttp(verifier, '/api/history/AAPL?limit=1', {
        token: accessToken,
      });
      if (history.status !== 200)
        throw new Error(`${issuer}'s token at ${verifier}: ${history.status}`);
    }
  });

  await check('http://…:8080 redirects to https on 8443', async () => {
    const result = await run('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code} %{redirect_url}',
      'http://127.0.0.1:8080/x?y=1',
    ]);
    if (result.stdout !== '301 https://127.0.0.1:8443/x?y=1') throw new Error(result.stdout);
  });
}

async function main(): Promise<number> {
  const engine = findEngine();
  if (typeof engine === 'string') {
    const required = process.env['TICKWIRE_REQUIRE_CONTAINERS'] === '1';
    console.log(
      `containers: not run: ${engine}${required ? ' (required by TICKWIRE_REQUIRE_CONTAINERS=1: failed)' : ''}`,
    );
    writeSummary(
      required
        ? { runner: 'containers', passed: 0, failed: 1, skipped: 0 }
        : { runner: 'containers', passed: 0, failed: 0, skipped: 1 },
    );
    return required ? 1 : 0;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const watchdog = setTimeout(() => {
    console.log(`containers: over ${DEADLINE_MS / 60_000} min: giving up`);
    process.exit(1);
  }, DEADLINE_MS);
  watchdog.unref();
  console.log(`containers: ${engine.name}, project ${PROJECT}`);

  const stack = new Stack(engine);
  await stack.sweep(); // what an interrupted run left
  await stack.recordVolumes();
  const built = await buildImages(engine);
  const free = (await Promise.all([8443, 8080].map(portFree))).every(Boolean);
  if (!free) {
    await check('ports 8443 and 8080 are free', async () => {
      throw new Error('in use (a running demo? `docker compose down` or `podman-compose down`)');
    });
  }
  if (built && free) {
    await check('the proxy starts without any gateway (502 over https at once)', async () => {
      await stack.up('proxy');
      const answer = await until('https://127.0.0.1:8443/', 20_000, async () => {
        const start = Date.now();
        const { status } = await https('/');
        return status === 502 ? Date.now() - start : null;
      });
      return `502 in ${answer} ms`;
    });
    let upAt = 0;
    const up = await check(
      'stack up: every gateway ready, the proxy answers over https',
      async () => {
        const start = Date.now();
        await stack.up();
        for (const service of ['gateway-1', 'gateway-2']) {
          await until(`${service} ready`, 90_000, async () =>
            (await stack.gatewayReady(service)) ? true : null,
          );
        }
        await until('https://127.0.0.1:8443/health', 30_000, async () =>
          (await https('/health')).status === 200 ? true : null,
        );
        upAt = Date.now() - start;
        figures.push(
          `stack up: ${upAt} ms from \`compose up -d\` to both gateways ready behind the proxy`,
        );
        return `${upAt} ms`;
      },
    );
    if (up) {
      await apiChecks(stack);
      await browserChecks(stack, engine);
      await check('the proxy logs no WebSocket ticket', async () => {
        const logs = await run(engine.name, ['logs', await stack.container('proxy')]);
        const lines = `${logs.stdout}${logs.stderr}`.split('\n');
        if (!lines.some((line) => line.includes('GET /ws '))) throw new Error('no /ws in its log');
        const leaks = lines.filter((line) => line.includes('ticket='));
        if (leaks.length > 0) throw new Error(`${leaks.length} lines with a ticket: ${leaks[0]}`);
      });
    } else {
      skip('browser and API checks', 'the stack did not come up');
    }
    await stack.logs();
  }

  await check('compose down -v leaves no container, network or volume', async () => {
    await stack.down();
    const left = [
      ...(await stack.leftovers('container')).map((name) => `container ${name}`),
      ...(await stack.leftovers('volume')).map((name) => `volume ${name}`),
      ...(await stack.leftovers('network')).map((name) => `network ${name}`),
    ];
    if (left.length > 0) throw new Error(`left behind: ${left.join(', ')}`);
  });
  await stack.sweep();

  figures.push(`containers step: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log('containers: measured');
  for (const figure of figures) console.log(`  ${figure}`);
  const failed = results.filter((result) => !result.ok).length;
  if (failed > 0) console.log(`containers: logs in ${ARTIFACTS}`);
  writeSummary({ runner: engine.name, passed: results.length - failed, failed, skipped: 0 });
  return failed > 0 ? 1 : 0;
}

function writeSummary(totals: { runner: string; passed: number; failed: number; skipped: number }) {
  const dir = join(ROOT, 'tmp', 'test-results');
  mkdirSync(dir, { recursive: true });
  const { runner, passed, failed, skipped } = totals;
  const summary = { runner, name: 'containers', passed, failed, skipped, suites: 1 };
  writeFileSync(join(dir, 'containers.json'), JSON.stringify(summary));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
