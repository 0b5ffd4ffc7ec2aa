/**
 * `npm run bench` (quick) and `npm run bench -- --full`: Tickwire beside Socket.IO 4 and the raw ws
 * limit on the same feed and workload, each server in its own process, load generators in others.
 * Options: --full, --servers=tickwire,tickwire-parsed,tickwire-msgpack,tickwire-aligned,socketio,limit,
 * --scenarios=fanout,connections,browser,redis,storm, --browser-symbols=1000,2000 (the dashboard's
 * watchlist sizes, instead of the profile's).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_GATEWAY } from '@tickwire/testing';
import { runBrowserBench, type BrowserOutcome } from './browser/dashboard-bench';
import { checkBinaryGoals } from './lib/binary-goals';
import { checkGoals, checkScaleOutGoals, checkStormGoals, renderGoals } from './lib/goals';
import { FULL, QUICK, s3NotJudged, type Profile } from './lib/profile';
import {
  buildRows,
  buildScaleOutRows,
  renderColumns,
  renderTable,
  scaleOutCells,
  type ServerResults,
} from './lib/report';
import { log, runConnections, runFanOut } from './lib/scenarios';
import { renderMarkdown } from './lib/markdown';
import {
  FEED_MAIN,
  ROOT,
  SERVER_KINDS,
  SERVER_LABELS,
  isClientVariant,
  isTickwire,
  type ServerKind,
  type TickwireKind,
} from './lib/servers';
import { renderChart } from './lib/svg-chart';
import { redisUnavailable, runScaleOut, type ScaleOutResult } from './lib/scale-out';
import { runStorm, type StormResult } from './lib/storm';
import { describeDistribution } from '@tickwire/testing';

const SCENARIOS = ['fanout', 'connections', 'browser', 'redis', 'storm'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Options {
  profile: Profile;
  servers: ServerKind[];
  scenarios: Scenario[];
}

class UsageError extends Error {}

const USAGE = `options: --full, --servers=${SERVER_KINDS.join(',')}, --scenarios=${SCENARIOS.join(',')}, --browser-symbols=N,N`;
/** The dashboard bench's largest watchlist: the pro plan's subscription limit. */
const MAX_BROWSER_SYMBOLS = 2_000;

function browserSymbols(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => {
    const count = Number(item);
    if (!Number.isInteger(count) || count < 1 || count > MAX_BROWSER_SYMBOLS) {
      throw new UsageError(
        `--browser-symbols: "${item}" is not a whole number from 1 to ${MAX_BROWSER_SYMBOLS}`,
      );
    }
    return count;
  });
}

function listOption<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] {
  if (value === undefined) return [...allowed];
  const values = value.split(',');
  for (const item of values) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`--${name}: unknown "${item}" (allowed: ${allowed.join(', ')})`);
    }
  }
  return values as T[];
}

function parseOptions(args: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        full: { type: 'boolean' },
        servers: { type: 'string' },
        scenarios: { type: 'string' },
        'browser-symbols': { type: 'string' },
      },
    }));
  } catch (error) {
    // parseArgs explains an unknown option or a stray argument in a long sentence; one line will do.
    const reason = (error as Error).message.split('. ')[0];
    throw new UsageError(`${reason} (${USAGE})`);
  }
  const profile = values.full ? FULL : QUICK;
  const symbolCounts = browserSymbols(values['browser-symbols']);
  return {
    profile: symbolCounts ? { ...profile, browser: { ...profile.browser, symbolCounts } } : profile,
    servers: listOption('servers', values.servers, SERVER_KINDS),
    scenarios: listOption('scenarios', values.scenarios, SCENARIOS),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { profile } = options;
  requireBuilds(options);
  const started = new Date();
  console.log(
    `Tickwire bench (${profile.name}): ${profile.symbolCount} symbols x ${profile.ticksPerSecondPerSymbol} ticks/s, ` +
      `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
  );
  const results = await runPerServer(options);
  // After every server's own scenarios: the same S1 workload through Redis (Tickwire kinds only).
  const redisSkipped = options.scenarios.includes('redis') ? redisUnavailable() : null;
  const scaleOut = redisSkipped ? {} : await runRedis(options);
  let storm: StormResult | undefined;
  if (options.scenarios.includes('storm') && options.servers.includes('tickwire')) {
    console.log(`Reconnect storm: ${profile.storm.clients} clients across a gateway restart`);
    storm = await runStorm(profile);
  }
  let browser: BrowserOutcome | undefined;
  if (options.scenarios.includes('browser')) {
    console.log('Dashboard in headless Chromium');
    browser = await runBrowserBench(profile, log);
  }

  const rows = buildRows(results);
  const goals = [
    ...checkGoals(results, profile),
    ...checkBinaryGoals(results, browser, profile),
    ...checkScaleOutGoals(scaleOut),
    ...checkStormGoals(storm, profile),
  ];
  const scaleOutRows = buildScaleOutRows(scaleOut);
  printTables(options, results, rows, scaleOutRows);
  if (redisSkipped) console.log(`\nredis: skipped (${redisSkipped})`);
  printStorm(storm);
  printBrowser(browser);
  console.log(`\nGoals:\n${renderGoals(goals)}`);

  const report = {
    date: started.toISOString(),
    mode: profile.name,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    profile,
    servers: options.servers,
    results,
    scaleOut: redisSkipped ? { skipped: redisSkipped } : scaleOut,
    storm,
    browser,
    table: rows,
    scaleOutTable: scaleOutRows,
    goals,
  };
  writeReport(started, options, report, [
    renderChart(
      rows,
      options.servers,
      `Tickwire bench (${profile.name}), ${started.toISOString().slice(0, 16)}Z`,
    ),
    renderMarkdown(rows, options.servers, goals, scaleOutRows),
  ]);
}

/** The bench measures the production build and builds nothing: without it, one line and exit 1. */
function requireBuilds(options: Options): void {
  const builds = options.scenarios.includes('redis') ? [BUILT_GATEWAY, FEED_MAIN] : [BUILT_GATEWAY];
  const missing = options.servers.some(isTickwire) && builds.find((path) => !existsSync(path));
  if (missing) {
    process.stderr.write(
      `bench: no production build at ${missing}; run \`npm run build\` first (the bench builds nothing)\n`,
    );
    process.exit(1);
  }
}

/** S1 and S3 (fanout), S2 (connections): each server on its own, in order. */
async function runPerServer(options: Options): Promise<Partial<Record<ServerKind, ServerResults>>> {
  const results: Partial<Record<ServerKind, ServerResults>> = {};
  const perServer = options.scenarios.some((name) => name === 'fanout' || name === 'connections');
  for (const kind of perServer ? options.servers : []) {
    results[kind] = {};
    if (options.scenarios.includes('fanout')) {
      console.log(`${SERVER_LABELS[kind]}: S1 and S3`);
      results[kind].fanOut = await runFanOut(kind, options.profile);
    }
    if (options.scenarios.includes('connections') && !isClientVariant(kind)) {
      console.log(`${SERVER_LABELS[kind]}: S2`);
      results[kind].connections = await runConnections(kind, options.profile);
    }
  }
  return results;
}

/** S1 through Redis (feed process, 1 and 2 gateways), for the Tickwire kinds when asked for. */
async function runRedis(options: Options): Promise<Partial<Record<TickwireKind, ScaleOutResult>>> {
  const scaleOut: Partial<Record<TickwireKind, ScaleOutResult>> = {};
  if (!options.scenarios.includes('redis')) return scaleOut;
  for (const kind of options.servers.filter(isTickwire).filter((kind) => !isClientVariant(kind))) {
    console.log(`${SERVER_LABELS[kind]}: S1 through Redis (feed process, 1 and 2 gateways)`);
    scaleOut[kind] = await runScaleOut(kind, options.profile);
  }
  return scaleOut;
}

function printTables(
  options: Options,
  results: Partial<Record<ServerKind, ServerResults>>,
  rows: ReturnType<typeof buildRows>,
  scaleOutRows: ReturnType<typeof buildScaleOutRows>,
): void {
  const { profile } = options;
  if (options.scenarios.includes('fanout') || options.scenarios.includes('connections')) {
    console.log(`\n${renderTable(rows, options.servers)}\n`);
  }
  if (scaleOutRows.length > 0) {
    console.log(`\nS1 through Redis:\n${renderColumns(scaleOutCells(scaleOutRows, '/'))}\n`);
  }
  if (profile.name === 'quick') {
    console.log(
      `quick mode: S1 ${profile.s1.windowMs / 1000} s window (also per Redis configuration), S3 ${profile.s3.windowMs / 1000} s, ` +
        `S2 with ${profile.s2.connections} connections (the full run opens ${FULL.s2.connections}), ` +
        `browser ${profile.browser.windowMs / 1000} s per point and ${profile.browser.heapWindowMs / 1000} s of heap ` +
        `(the full run: ${FULL.browser.heapWindowMs / 60_000} minutes)`,
    );
  }
  for (const kind of options.servers) {
    const s3 = results[kind]?.fanOut?.s3;
    if (!s3) continue;
    const notJudged = s3NotJudged(profile);
    const closes =
      s3.slowConsumerCloses === null
        ? ''
        : notJudged
          ? `, slow-consumer closes ${notJudged}`
          : `, ${s3.slowConsumerCloses} closed as slow`;
    const exited = s3.serverExited ? ', the server process died during the window' : '';
    console.log(`S3 ${SERVER_LABELS[kind]}: ${s3.pausedConnections} paused${closes}${exited}`);
  }
}

function printStorm(storm: StormResult | undefined): void {
  if (!storm) return;
  console.log(
    `\nReconnect storm (${storm.clients} clients): ${storm.live} live again, ${storm.notLive} not; ` +
      `gateway back after ${(storm.restartMs / 1000).toFixed(1)} s\n` +
      `  recovery after the 1012: ${describeDistribution(storm.recoveriesMs)}\n` +
      `  live again after SIGTERM: ${describeDistribution(storm.sinceSigtermMs)}\n` +
      `  refused: ${storm.refused429} x 429, ${storm.refused503} x 503 (all with Retry-After); ` +
      `attempts per client at most ${storm.maxAttempts}; outcomes ${JSON.stringify(storm.outcomes)}`,
  );
}

function printBrowser(browser: BrowserOutcome | undefined): void {
  if (browser && 'skipped' in browser) console.log(`\nbrowser: skipped (${browser.skipped})`);
  if (!browser || !('points' in browser)) return;
  console.log('\nDashboard (headless Chromium, software rendering, watchlist at 100 ms):');
  for (const point of browser.points) {
    const scrolling = point.scrolling;
    console.log(
      `  ${String(point.symbols).padStart(4)} symbols: ${point.fps.toFixed(1)} fps, ` +
        `${point.longTasks} long tasks (${point.longTaskMsPerSecond.toFixed(0)} ms/s); scrolling ` +
        `${browser.scrollPxPerSecond} px/s: ${scrolling.fps.toFixed(1)} fps, ${scrolling.longTasks} long tasks ` +
        `(longest ${scrolling.maxLongTaskMs.toFixed(0)} ms); main thread ${point.mainThread.msPerFrame.toFixed(1)} / ` +
        `${scrolling.mainThread.msPerFrame.toFixed(1)} ms CPU a frame (still / scrolling), ` +
        `${point.mainThread.longTasks + scrolling.mainThread.longTasks} tasks over 50 ms of CPU`,
    );
  }
  console.log(`  largest N holding 55 fps: ${browser.largestHolding55Fps ?? 'none measured'}`);
  const heap = browser.heap;
  console.log(
    `  JS heap with ${heap.symbols} symbols over ${heap.windowMs / 1000} s: ` +
      `${heap.startMiB.toFixed(1)} -> ${heap.endMiB.toFixed(1)} MiB (${heap.growthMiB >= 0 ? '+' : ''}${heap.growthMiB.toFixed(1)} MiB)`,
  );
  const { msgpack, json, symbols } = browser.decode;
  const us = (value: number | null) => (value === null ? '-' : `${value.toFixed(2)} µs`);
  console.log(
    `  decode per update with ${symbols} symbols: binary ${us(msgpack.usPerUpdate)} ` +
      `(${msgpack.binaryFrames} of ${msgpack.frames} frames binary, ${msgpack.fps.toFixed(1)} fps, ` +
      `long tasks ${msgpack.longTaskMsPerSecond.toFixed(0)} ms/s), JSON.parse ${us(json.usPerUpdate)} ` +
      `(${json.fps.toFixed(1)} fps, long tasks ${json.longTaskMsPerSecond.toFixed(0)} ms/s)`,
  );
}

/**
 * <dir>/<start>-<mode>.json, .svg and .md: a full run's in bench/results/, to be published with
 * docs/benchmarks.md; a quick run's in tmp/bench-results/ (ignored by git), as a quick run is a
 * check rather than a publication and must leave the work tree clean.
 */
function writeReport(
  started: Date,
  options: Options,
  report: object,
  [svg, markdown]: [string, string],
): void {
  const stamp = started.toISOString().replace(/[:]/g, '-').replace(/\..+/, 'Z');
  const dir =
    options.profile.name === 'full'
      ? join(ROOT, 'bench', 'results')
      : join(ROOT, 'tmp', 'bench-results');
  const base = join(dir, `${stamp}-${options.profile.name}`);
  mkdirSync(dirname(base), { recursive: true });
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.svg`, svg);
  writeFileSync(`${base}.md`, markdown);
  console.log(`\nwrote ${base}.json\nwrote ${base}.svg\nwrote ${base}.md`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
