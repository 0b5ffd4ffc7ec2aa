/**
 * Scale-out through Redis (issue 11): the S1 fan-out workload served by the embedded gateway, by
 * one gateway fed by the feed process through Redis, and by two such gateways sharing the
 * connections (half each), one after the other in the same run.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import { startRedis, type RedisProcess } from '@tickwire/bus/testing';
import { LoadFleet, mergeStats } from './fleet';
import { deliveryMetrics, type DeliveryMetrics } from './metrics';
import {
  type CpuWindow,
  cpuPercent,
  rssBytes,
  startCpuWindow,
  startCpuWindowOf,
  sumCpuWindows,
} from './proc-stats';
import type { Profile } from './profile';
import { feedFor, log, readCounter, wireProtocolOf } from './scenarios';
import {
  SERVER_LABELS,
  startFeedProcess,
  startServer,
  subscribesAligned,
  type RunningProcess,
  type RunningServer,
  type TickwireKind,
} from './servers';
import { tickwireCredentials, tickwireEnv } from './tickwire-access';
import { type BusMetrics, busMetrics, parseInfo } from './redis-info';
import { randomSubscriptions } from './workload';

export const SCALE_OUT_CONFIGS = ['embedded', 'redis-1', 'redis-2'] as const;
export type ScaleOutConfig = (typeof SCALE_OUT_CONFIGS)[number];

export const SCALE_OUT_LABELS: Record<ScaleOutConfig, string> = {
  embedded: 'embedded',
  'redis-1': 'Redis, 1 gateway',
  'redis-2': 'Redis, 2 gateways',
};

const GATEWAYS: Record<ScaleOutConfig, number> = { embedded: 1, 'redis-1': 1, 'redis-2': 2 };

export interface ScaleOutRun {
  gateways: number;
  /** The feed's rate (the embedded simulator's, or the feed process's). */
  ticksPerSecond: number;
  /** Every gateway's clients together; `cpuPct` and `cpuUsPerUpdate` are the gateways' sum. */
  delivery: DeliveryMetrics;
  /** Each gateway with its own clients (one entry for one gateway). */
  perGateway: DeliveryMetrics[];
  /** Mean of the gateways' own CPU per update. */
  cpuUsPerUpdateMean: number | null;
  /**
   * Through Redis only: how long after the connections (whose subscriptions made the gateways
   * take every symbol over) the ticks reached the gateways fresh again; the window starts after.
   * At least CATCH_UP_LIMIT_MS: they never did, and the window measured them late.
   */
  catchUpMs: number | null;
  /** Through Redis only: the feed process, the redis-server, the bus's counters. */
  feedCpuPct: number | null;
  redisCpuPct: number | null;
  bus: BusMetrics | null;
  /**
   * Symbols the gateways read again during the window (`tickwire_bus_resyncs_total`): after a
   * gap in `seq`, or when the feed's heartbeat came back after a pause of more than 2 s.
   */
  busResyncs: number | null;
  /** Gateways + feed process + Redis, per delivered update: what the whole deployment spends. */
  totalCpuUsPerUpdate: number | null;
}

export type ScaleOutResult = Partial<Record<ScaleOutConfig, ScaleOutRun>>;

/** What one configuration runs besides the load generators. */
interface Deployment {
  gateways: RunningServer[];
  feed?: RunningProcess;
  redis?: { server: RedisProcess; pid: number; info: () => Promise<Map<string, string>> };
  stop(): Promise<void>;
}

/**
 * Why the scenario cannot run here (no `redis-server`, which `@tickwire/bus/testing` starts; the
 * same REDIS_SERVER override applies), or null when it can.
 */
export function redisUnavailable(): string | null {
  const command = process.env['REDIS_SERVER'] ?? 'redis-server';
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : `no ${command} (apt-get install redis-server)`;
}

/** Every configuration of the scenario, for one Tickwire kind (per-symbol or aligned delivery). */
export async function runScaleOut(kind: TickwireKind, profile: Profile): Promise<ScaleOutResult> {
  const result: ScaleOutResult = {};
  for (const config of SCALE_OUT_CONFIGS) {
    log(`${SCALE_OUT_LABELS[config]}`);
    result[config] = await runConfig(kind, config, profile);
  }
  return result;
}

async function runConfig(
  kind: TickwireKind,
  config: ScaleOutConfig,
  profile: Profile,
): Promise<ScaleOutRun> {
  const { s1 } = profile;
  const feed = feedFor(profile, s1.throttleMs);
  const deployment = await deploy(kind, config, feed);
  const { gateways } = deployment;
  const fleet = LoadFleet.start(Math.max(s1.clientProcesses, gateways.length));
  try {
    await connectFleet(kind, profile, feed.symbols, gateways, fleet);
    const catchUpMs = deployment.redis ? await waitForFreshTicks(gateways) : null;
    logCatchUp(catchUpMs);
    await sleep(s1.warmupMs);
    const window = await measureWindow(deployment, fleet, s1.windowMs);
    const run = summarise(window, deployment, feed.ticksPerSecond, catchUpMs);
    logRun(config, run);
    return run;
  } finally {
    await fleet.close();
    await deployment.stop();
  }
}

/** Load process i talks to gateway i % n: with two gateways each holds half the connections. */
function gatewayOf(process: number, gateways: number): number {
  return process % gateways;
}

/** Opens the profile's connections (seeded subscriptions) across the gateways. */
async function connectFleet(
  kind: TickwireKind,
  profile: Profile,
  symbols: string[],
  gateways: RunningServer[],
  fleet: LoadFleet,
): Promise<void> {
  const { s1 } = profile;
  const headers = await tickwireCredentials(gateways[0].url);
  const subscriptions = randomSubscriptions(
    symbols,
    s1.connections,
    s1.symbolsPerConnection,
    profile.seed,
  );
  const wsUrls = gateways.map((gateway) => gateway.url.replace('http', 'ws'));
  const job = {
    protocol: wireProtocolOf(kind),
    url: wsUrls[0],
    headers,
    align: subscribesAligned(kind),
    throttleMs: s1.throttleMs,
    concurrency: 50,
    deadlineMs: 60_000,
    pauseAfterSubscribe: false,
  };
  const connected = await fleet.connect(job, subscriptions, wsUrls);
  log(
    `${connected.ready} connections on ${gateways.length} gateway(s) in ${(connected.elapsedMs / 1000).toFixed(1)} s`,
  );
  if (connected.failed > 0) log(`${connected.failed} failed: ${connected.failures.join('; ')}`);
}

function logCatchUp(catchUpMs: number | null): void {
  if (catchUpMs !== null && catchUpMs >= CATCH_UP_LIMIT_MS) {
    log(`the gateways' ticks were still late ${CATCH_UP_LIMIT_MS / 1000} s after the connections`);
  } else if (catchUpMs !== null) {
    log(`the bus caught up ${(catchUpMs / 1000).toFixed(1)} s after the connections`);
  }
}

/** What one measurement window saw, raw: load reports, CPU windows, Redis INFO, resyncs. */
interface MeasuredWindow {
  reports: Awaited<ReturnType<LoadFleet['reportEach']>>;
  gatewayCpu: CpuWindow[];
  clientCpu: CpuWindow[];
  feedCpu: CpuWindow | undefined;
  redisCpu: CpuWindow | undefined;
  bus: BusMetrics | null;
  resyncs: number;
}

async function measureWindow(
  deployment: Deployment,
  fleet: LoadFleet,
  windowMs: number,
): Promise<MeasuredWindow> {
  const { gateways } = deployment;
  const resyncs = () =>
    Promise.all(gateways.map((gateway) => readCounter(gateway.url, 'tickwire_bus_resyncs_total')));
  const resyncsBefore = await resyncs();
  fleet.reset();
  const infoBefore = await deployment.redis?.info();
  const infoStart = performance.now();
  const endGateways = gateways.map((gateway) => startCpuWindow(gateway.pid));
  const endClients = gateways.map((_gateway, index) =>
    startCpuWindowOf(
      fleet.pids.filter((_pid, process) => gatewayOf(process, gateways.length) === index),
    ),
  );
  const endFeed = deployment.feed && startCpuWindow(deployment.feed.pid);
  const endRedis = deployment.redis && startCpuWindow(deployment.redis.pid);
  await sleep(windowMs);
  const reports = await fleet.reportEach();
  const gatewayCpu = endGateways.map((end) => end());
  const clientCpu = endClients.map((end) => end());
  const feedCpu = endFeed?.();
  const redisCpu = endRedis?.();
  const infoAfter = await deployment.redis?.info();
  const infoMs = performance.now() - infoStart;
  const resyncsAfter = await resyncs();
  return {
    reports,
    gatewayCpu,
    clientCpu,
    feedCpu,
    redisCpu,
    bus: infoBefore && infoAfter ? busMetrics(infoBefore, infoAfter, infoMs) : null,
    resyncs: resyncsAfter.reduce<number>(
      (sum, after, index) => sum + (after ?? 0) - (resyncsBefore[index] ?? 0),
      0,
    ),
  };
}

function summarise(
  window: MeasuredWindow,
  deployment: Deployment,
  ticksPerSecond: number,
  catchUpMs: number | null,
): ScaleOutRun {
  const { gateways } = deployment;
  const perGateway = gateways.map((gateway, index) =>
    deliveryMetrics(
      mergeStats(
        window.reports.filter((_report, process) => gatewayOf(process, gateways.length) === index),
      ),
      window.gatewayCpu[index],
      rssBytes(gateway.pid),
      window.clientCpu[index],
    ),
  );
  const delivery = deliveryMetrics(
    mergeStats(window.reports),
    sumCpuWindows(window.gatewayCpu),
    gateways.reduce((sum, gateway) => sum + rssBytes(gateway.pid), 0),
    sumCpuWindows(window.clientCpu),
  );
  const feedCpuPct = window.feedCpu ? cpuPercent(window.feedCpu) : null;
  const redisCpuPct = window.redisCpu ? cpuPercent(window.redisCpu) : null;
  const perUpdate = (pct: number) =>
    delivery.updatesPerSec > 0 ? (pct * 10_000) / delivery.updatesPerSec : null;
  const cpuPerUpdate = perGateway.map((gateway) => gateway.cpuUsPerUpdate);
  return {
    gateways: gateways.length,
    ticksPerSecond,
    catchUpMs,
    delivery,
    perGateway,
    cpuUsPerUpdateMean: cpuPerUpdate.every((value) => value !== null)
      ? cpuPerUpdate.reduce((sum, value) => sum + value, 0) / cpuPerUpdate.length
      : null,
    feedCpuPct,
    redisCpuPct,
    bus: window.bus,
    busResyncs: deployment.redis ? window.resyncs : null,
    totalCpuUsPerUpdate: perUpdate(delivery.cpuPct + (feedCpuPct ?? 0) + (redisCpuPct ?? 0)),
  };
}

function logRun(config: ScaleOutConfig, run: ScaleOutRun): void {
  const { delivery, feedCpuPct, redisCpuPct } = run;
  const cpuPerUpdate = run.perGateway.map((gateway) => gateway.cpuUsPerUpdate);
  log(
    `${SCALE_OUT_LABELS[config]}: ${Math.round(delivery.updatesPerSec)} updates/s, ` +
      `${cpuPerUpdate.map((value) => value?.toFixed(2) ?? '-').join(' / ')} µs per update, ` +
      `p99 ${delivery.delayP99Ms?.toFixed(1) ?? '-'} ms` +
      (redisCpuPct === null ? '' : `, Redis ${redisCpuPct.toFixed(1)} %`) +
      (feedCpuPct === null ? '' : `, feed ${feedCpuPct.toFixed(1)} %`),
  );
}

/**
 * Starts what one configuration needs: the embedded gateway alone, or a redis-server on a free
 * port, the built feed process publishing to it, and `n` gateways with FEED_SOURCE=redis sharing
 * one AUTH_SECRET (a token signed by one is accepted by the other).
 */
async function deploy(
  kind: TickwireKind,
  config: ScaleOutConfig,
  feed: ReturnType<typeof feedFor>,
): Promise<Deployment> {
  const started: { stop(): Promise<void> }[] = [];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop();
  };
  try {
    const env = await tickwireEnv();
    if (config === 'embedded') {
      const gateway = await startServer(kind, feed, env);
      started.push(gateway);
      return { gateways: [gateway], stop };
    }
    const server = await startRedis();
    started.push(server);
    const client = createClient({ url: server.url });
    await client.connect();
    started.push({ stop: () => client.close() });
    const info = async () =>
      parseInfo(
        String(await client.sendCommand(['INFO', 'server', 'clients', 'stats', 'commandstats'])),
      );
    const redis = { server, pid: Number((await info()).get('process_id')), info };
    const feedProcess = await startFeedProcess(feed, server.url);
    started.push(feedProcess);
    // One tickwireEnv() for every gateway: the same random AUTH_SECRET and users.
    const busEnv = { ...env, FEED_SOURCE: 'redis', REDIS_URL: server.url };
    const gateways: RunningServer[] = [];
    for (let index = 0; index < GATEWAYS[config]; index++) {
      const gateway = await startServer(kind, feed, busEnv, '/ready');
      started.push(gateway);
      gateways.push(gateway);
    }
    log(
      `redis-server :${server.port}, feed pid ${feedProcess.pid}, ` +
        `${gateways.length} ${SERVER_LABELS[kind]} gateway(s) ready`,
    );
    return { gateways, feed: feedProcess, redis, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The freshness every gateway must see, several times in a row, before the window starts. */
const FRESH_TICK_MS = 100;
const FRESH_SAMPLES = 3;
const CATCH_UP_LIMIT_MS = 30_000;

/**
 * Waits until every gateway's last tick (its /health `feedLagMs`: receive time minus the tick's
 * `ts`) is fresh: the take-over of every symbol, on a machine busy with a thousand handshakes,
 * leaves the feed and the gateways seconds behind for a while, which is not the steady state S1
 * measures. Returns the time it took (the limit, if they never caught up).
 */
async function waitForFreshTicks(gateways: RunningServer[]): Promise<number> {
  const start = performance.now();
  let fresh = 0;
  while (fresh < FRESH_SAMPLES && performance.now() - start < CATCH_UP_LIMIT_MS) {
    await sleep(200);
    const lags = await Promise.all(
      gateways.map(async (gateway) => {
        const health = (await (await fetch(`${gateway.url}/health`)).json()) as {
          feedLagMs?: number;
        };
        return health.feedLagMs ?? Number.POSITIVE_INFINITY;
      }),
    );
    fresh = lags.every((lag) => lag < FRESH_TICK_MS) ? fresh + 1 : 0;
  }
  return performance.now() - start;
}
