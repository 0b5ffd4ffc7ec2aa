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
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '@tickwire/testing';
import { waitForPriceChange, waitForState } from '@tickwire/testing/dashboard';

const ROOT = join(__dirname, '..', '..');
const PROJECT = 'tickwire-ci';
const IMAGE = 'tickwire:latest';
const NODE_BASE = 'docker.io/library/node:20-bookworm-slim';
const URL_BASE = 'https://127.0.0.1:8443';
const MAX_ADDED_MB = 80;
const MAX_READY_MS = 5000;
const RECOVERY_MS = 20_000;
const DEADLINE_MS = 15 * 60_000;
const ARTIFACTS = join(ROOT, 'test-artifacts', 'containers');

interface Engine {
  name: 'podman' | 'docker';
  compose: string[];
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

const results: { name: string; ok: boolean; detail: string }[] = [];
const figures: string[] = [];
const started = Date.now();

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The engine to use, or why there is none. */
function findEngine(): Engine | string {
  if (onPath('podman')) {
    if (!onPath('podman-compose')) return 'podman is on PATH but podman-compose is not';
    return { name: 'podman', compose: ['podman-compose'] };
  }
  if (onPath('docker')) {
    if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0) {
      return 'docker is on PATH but no Docker daemon answers';
    }
    return { name: 'docker', compose: ['docker', 'compose'] };
  }
  return 'no podman and no docker on PATH';
}

/** Runs a command without blocking the event loop (the browser keeps being driven). */
function run(command: string, args: string[], timeoutMs = 120_000): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function must(command: string, args: string[], timeoutMs?: number): Promise<string> {
  const result = await run(command, args, timeoutMs);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  }
  return result.stdout.trim();
}

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** GET or POST through the proxy, trusting its self-signed certificate. */
function https(
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${URL_BASE}${path}`,
      { method, headers, rejectUnauthorized: false, timeout: 5000 },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${path}: no answer within 5 s`)));
    req.on('error', reject);
    req.end();
  });
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${what} not within ${timeoutMs / 1000} s${last ? ` (last: ${last})` : ''}`);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

class Stack {
  /** Volumes that existed before this run: any other one left at the end is a leftover. Until
   * they are recorded, only the project's own (named) volumes count. */
  private volumesBefore: Set<string> | null = null;

  constructor(private readonly engine: Engine) {}

  async recordVolumes(): Promise<void> {
    const names = await must(this.engine.name, ['volume', 'ls', '--format', '{{.Name}}']);
    this.volumesBefore = new Set(names.split('\n'));
  }

  private compose(args: string[], timeoutMs = 300_000): Promise<Result> {
    const [command, ...prefix] = this.engine.compose;
    return run(command, [...prefix, '-p', PROJECT, '-f', 'docker-compose.yml', ...args], timeoutMs);
  }

  /** `compose up -d`, of the given services only if any (podman-compose 1.0.3 complains about
   * containers that already run, and leaves them running). */
  async up(...services: string[]): Promise<void> {
    const result = await this.compose(['up', '-d', ...services]);
    const log = join(
      ARTIFACTS,
      `compose-up${services.length > 0 ? `-${services.join('-')}` : ''}.log`,
    );
    writeFileSync(log, `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0) throw new Error(`compose up exited with ${result.status}`);
  }

  /** Compose down with volumes, then what podman-compose 1.0.3 leaves: the network. */
  async down(): Promise<void> {
    const result = await this.compose(['down', '-v', '-t', '10']);
    writeFileSync(join(ARTIFACTS, 'compose-down.log'), `${result.stdout}\n${result.stderr}`);
    await this.remove('network');
  }

  /** Whatever is left of the project, by force (a crash-looping container can outlive `down`). */
  async sweep(): Promise<void> {
    for (const kind of ['container', 'volume', 'network'] as const) await this.remove(kind);
  }

  /** Removes the project's own containers, volumes or networks (never another volume). */
  private async remove(kind: 'container' | 'volume' | 'network'): Promise<void> {
    const own = (name: string) => kind === 'container' || name.startsWith(`${PROJECT}_`);
    for (const name of (await this.leftovers(kind)).filter(own)) {
      await run(
        this.engine.name,
        kind === 'container' ? ['rm', '-f', name] : [kind, 'rm', '-f', name],
      );
    }
  }

  /** The project's containers, volumes or networks that exist. */
  async leftovers(kind: 'container' | 'volume' | 'network'): Promise<string[]> {
    const args =
      kind === 'container'
        ? [
            'ps',
            '-a',
            '--filter',
            `label=com.docker.compose.project=${PROJECT}`,
            '--format',
            '{{.Names}}',
          ]
        : [kind, 'ls', '--format', '{{.Name}}'];
    const names = (await must(this.engine.name, args)).split('\n').filter(Boolean);
    if (kind === 'container') return names;
    // Both compose tools name volumes and networks <project>_<name>; anonymous volumes are new.
    const before = this.volumesBefore;
    const isNew = (name: string) => kind === 'volume' && before !== null && !before.has(name);
    return names.filter((name) => name.startsWith(`${PROJECT}_`) || isNew(name));
  }

  /** The container of a service. */
  async container(service: string): Promise<string> {
    const names = await must(this.engine.name, [
      'ps',
      '-a',
      '--filter',
      `label=com.docker.compose.project=${PROJECT}`,
      '--filter',
      `label=com.docker.compose.service=${service}`,
      '--format',
      '{{.Names}}',
    ]);
    if (!names) throw new Error(`no container for service ${service}`);
    return names.split('\n')[0];
  }

  /** An HTTP request from inside a gateway's container to the gateway itself. */
  async gatewayHttp(
    service: string,
    path: string,
    { method = 'GET', token }: { method?: string; token?: string } = {},
  ): Promise<{ status: number; body: string }> {
    const script = `const [path, method, token] = process.argv.slice(1);
fetch('http://127.0.0.1:3000' + path, { method, headers: token ? { authorization: 'Bearer ' + token } : {} })
  .then(async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })))
  .catch((e) => console.log(JSON.stringify({ status: 0, body: String(e) })));`;
    const container = await this.container(service);
    const out = await must(this.engine.name, [
      'exec',
      container,
      'node',
      '-e',
      script,
      path,
      method,
      token ?? '',
    ]);
    return JSON.parse(out) as { status: number; body: string };
  }

  /** 200 from /ready: the gateway serves live data from Redis. */
  async gatewayReady(service: string): Promise<boolean> {
    return (await this.gatewayHttp(service, '/ready')).status === 200;
  }

  async connections(service: string): Promise<number> {
    const health = await this.gatewayHttp(service, '/health');
    return health.status === 200
      ? (JSON.parse(health.body) as { connections: number }).connections
      : 0;
  }

  async logs(): Promise<void> {
    for (const service of ['redis', 'feed', 'gateway-1', 'gateway-2', 'proxy']) {
      try {
        const result = await run(this.engine.name, ['logs', await this.container(service)]);
        writeFileSync(join(ARTIFACTS, `${service}.log`), `${result.stdout}${result.stderr}`);
      } catch {
        // no container for it: nothing to keep
      }
    }
  }
}

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
