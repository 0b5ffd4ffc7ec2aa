import { setTimeout as sleep } from 'node:timers/promises';
import { LoadFleet, type ConnectResult } from './fleet';
import { forceFullGc } from '@tickwire/testing';
import { deliveryMetrics, type DeliveryMetrics } from './metrics';
import { cpuPercent, isRunning, rssBytes, startCpuWindow, startCpuWindowOf } from './proc-stats';
import type { Profile } from './profile';
import {
  isTickwire,
  startServer,
  subscribesAligned,
  type FeedSettings,
  type RunningServer,
  type ServerKind,
} from './servers';
import { tickwireCredentials, tickwireEnv } from './tickwire-access';
import { benchSymbols, randomSubscriptions } from './workload';
import type { WireProtocol } from '../load/messages';

export interface IdleMetrics {
  cpuPct: number;
  rssMiB: number;
}

export interface FanOutResult {
  idle: IdleMetrics;
  /** `peakRssMiB`: the highest RSS over S1's window, the baseline of S3's growth. */
  s1: DeliveryMetrics & { peakRssMiB: number };
  s3: DeliveryMetrics & {
    peakRssMiB: number;
    /** (S3's peak RSS - S1's peak RSS) / paused connections: what one paused reader costs. */
    peakRssGrowthPerPausedMiB: number | null;
    pausedConnections: number;
    /** The server process died during the window (out of memory, for a server that buffers). */
    serverExited: boolean;
    /** Tickwire (either kind) only: connections it closed as slow consumers (from /metrics). */
    slowConsumerCloses: number | null;
  };
  connectFailures: string[];
}

export interface ConnectionsResult {
  idle: IdleMetrics;
  connections: number;
  failed: number;
  failures: string[];
  connectSeconds: number;
  /** (RSS with the connections - RSS with the feed alone) / connections, both read as they are. */
  rssPerConnectionAsReadKiB: number;
  /** The same with both RSS read right after a forced full GC; null when it could not be forced. */
  rssPerConnectionAfterGcKiB: number | null;
  /** Why the full GC could not be forced (the after-GC figure is then null); absent when it was. */
  fullGcUnavailable?: string;
  delivery: DeliveryMetrics;
}

const runStart = performance.now();
export const log = (line: string) =>
  process.stdout.write(
    `  [${((performance.now() - runStart) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );

export function feedFor(profile: Profile, throttleMs: number): FeedSettings {
  return {
    seed: profile.seed,
    symbols: benchSymbols(profile.symbolCount),
    ticksPerSecond: profile.symbolCount * profile.ticksPerSecondPerSymbol,
    throttleMs,
  };
}

type Launched = Awaited<ReturnType<typeof launch>>;

/** What the load connections of a server kind speak. */
export function wireProtocolOf(kind: ServerKind): WireProtocol {
  if (kind === 'socketio' || kind === 'tickwire-parsed' || kind === 'tickwire-msgpack') return kind;
  return 'tickwire';
}

async function launch(kind: ServerKind, feed: FeedSettings) {
  const tickwire = isTickwire(kind);
  const server = await startServer(kind, feed, tickwire ? await tickwireEnv() : {});
  const headers = tickwire ? await tickwireCredentials(server.url) : {};
  const protocol = wireProtocolOf(kind);
  const align = subscribesAligned(kind);
  return { server, headers, protocol, align, wsUrl: server.url.replace('http', 'ws') };
}

async function measureIdle(server: RunningServer, ms: number): Promise<IdleMetrics> {
  const end = startCpuWindow(server.pid);
  await sleep(ms);
  return {
    cpuPct: cpuPercent(end()),
    rssMiB: rssBytes(server.pid) / 2 ** 20,
  };
}

/** Samples a process's RSS until stopped; returns the peak. */
function trackPeakRss(pid: number): () => number {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // the process is gone; keep the last peak
    }
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** A counter of the gateway's /metrics, summed over its label sets; null when absent or unreadable. */
export async function readCounter(url: string, name: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const pattern = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+(?:\\.\\d+)?)$`, 'gm');
    const values = [...text.matchAll(pattern)].map((match) => Number(match[1]));
    return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) : null;
  } catch {
    return null;
  }
}

/** S1 (fan-out) then S3 (S1 plus connections that never read), on one server process. */
export async function runFanOut(kind: ServerKind, profile: Profile): Promise<FanOutResult> {
  const feed = feedFor(profile, profile.s1.throttleMs);
  const launched = await launch(kind, feed);
  const { server } = launched;
  const fleet = LoadFleet.start(profile.s1.clientProcesses);
  const paused = LoadFleet.start(1);
  try {
    const idle = await measureIdle(server, profile.idleMs);
    const { connected, pausedOpened } = await connectFanOut(launched, feed, profile, fleet, paused);
    const s1 = await measureS1(server, fleet, profile.s1);
    const s3 = await measureS3(kind, server, fleet, paused, pausedOpened, profile.s3, s1);
    return { idle, s1, s3, connectFailures: connected.failures };
  } finally {
    await Promise.all([fleet.close(), paused.close()]);
    await server.stop();
  }
}

/**
 * Opens S3's paused sockets (now, while the server is idle; they subscribe and stop reading in
 * S3), then S1's connections with their random subscriptions, and lets S1 warm up.
 */
async function connectFanOut(
  { headers, protocol, align, wsUrl }: Launched,
  feed: FeedSettings,
  { s1, s3, seed }: Profile,
  fleet: LoadFleet,
  paused: LoadFleet,
): Promise<{ connected: ConnectResult; pausedOpened: ConnectResult }> {
  const subscriptions = randomSubscriptions(
    feed.symbols,
    s1.connections,
    s1.symbolsPerConnection,
    seed,
  );
  const job = {
    protocol,
    url: wsUrl,
    headers,
    align,
    throttleMs: s1.throttleMs,
    concurrency: 50,
    deadlineMs: 60_000,
  };
  const heavy = Array.from({ length: s3.pausedConnections }, () => feed.symbols);
  const pausedOpened = await paused.connect(
    { ...job, pauseAfterSubscribe: true, holdSubscription: true },
    heavy,
  );
  const connected = await fleet.connect({ ...job, pauseAfterSubscribe: false }, subscriptions);
  log(`S1: ${connected.ready} connections in ${(connected.elapsedMs / 1000).toFixed(1)} s`);
  if (connected.failed > 0) log(`S1: ${connected.failed} failed: ${connected.failures.join('; ')}`);
  await sleep(s1.warmupMs);
  return { connected, pausedOpened };
}

/** S1: delivery, server and client CPU over the window. */
async function measureS1(
  server: RunningServer,
  fleet: LoadFleet,
  s1: Profile['s1'],
): Promise<FanOutResult['s1']> {
  fleet.reset();
  const peak = trackPeakRss(server.pid);
  const endCpu = startCpuWindow(server.pid);
  const endClientCpu = startCpuWindowOf(fleet.pids);
  await sleep(s1.windowMs);
  const delivery = deliveryMetrics(
    await fleet.report(),
    endCpu(),
    rssBytes(server.pid),
    endClientCpu(),
  );
  return { ...delivery, peakRssMiB: peak() / 2 ** 20 };
}

/** S3: the paused sockets subscribe to every symbol and stop reading; S1's clients go on. */
async function measureS3(
  kind: ServerKind,
  server: RunningServer,
  fleet: LoadFleet,
  paused: LoadFleet,
  pausedOpened: ConnectResult,
  s3: Profile['s3'],
  s1: FanOutResult['s1'],
): Promise<FanOutResult['s3']> {
  const pausedConnected = await paused.subscribeHeld(s3.connectDeadlineMs);
  pausedConnected.failed += pausedOpened.failed;
  log(`S3: ${pausedConnected.ready} paused connections subscribed to every symbol`);
  if (pausedConnected.failed > 0) {
    log(`S3: ${pausedConnected.failed} failed: ${pausedConnected.failures.join('; ')}`);
  }
  fleet.reset();
  const peak = trackPeakRss(server.pid);
  const endCpu = startCpuWindow(server.pid);
  const endClientCpu = startCpuWindowOf([...fleet.pids, ...paused.pids]);
  await sleep(s3.windowMs);
  const stats = await fleet.report();
  const serverExited = !isRunning(server.pid);
  if (serverExited) {
    const lastWords = server.log().slice(-3).join(' | ') || 'it printed nothing';
    log(`S3: the server exited during the window: ${lastWords}`);
  }
  const rss = serverExited ? Number.NaN : rssBytes(server.pid);
  const peakRssMiB = peak() / 2 ** 20;
  const pausedReady = pausedConnected.ready;
  return {
    ...deliveryMetrics(stats, endCpu(), rss, endClientCpu()),
    peakRssMiB,
    peakRssGrowthPerPausedMiB: pausedReady > 0 ? (peakRssMiB - s1.peakRssMiB) / pausedReady : null,
    pausedConnections: pausedReady,
    serverExited,
    slowConsumerCloses: isTickwire(kind)
      ? await readCounter(server.url, 'tickwire_slow_consumer_closes_total')
      : null,
  };
}

/** S2: many connections at a slow throttle: memory per connection, time to connect, idle CPU. */
export async function runConnections(
  kind: ServerKind,
  profile: Profile,
): Promise<ConnectionsResult> {
  const { s2 } = profile;
  const feed = feedFor(profile, s2.throttleMs);
  const { server, headers, protocol, align, wsUrl } = await launch(kind, feed);
  const fleet = LoadFleet.start(s2.clientProcesses);
  try {
    const idle = await measureIdle(server, profile.idleMs);
    const baseline = rssBytes(server.pid);
    const afterGc = await rssAfterFullGc(server);
    const baselineAfterGc = 'bytes' in afterGc ? afterGc.bytes : null;
    const subscriptions = randomSubscriptions(
      feed.symbols,
      s2.connections,
      s2.symbolsPerConnection,
      profile.seed + 2,
    );
    const job = {
      protocol,
      url: wsUrl,
      headers,
      align,
      throttleMs: s2.throttleMs,
      concurrency: 100,
      deadlineMs: 120_000,
    };
    const connected = await fleet.connect({ ...job, pauseAfterSubscribe: false }, subscriptions);
    log(`S2: ${connected.ready} connections in ${(connected.elapsedMs / 1000).toFixed(1)} s`);
    if (connected.failed > 0)
      log(`S2: ${connected.failed} failed: ${connected.failures.join('; ')}`);
    await sleep(s2.settleMs);
    fleet.reset();
    const endCpu = startCpuWindow(server.pid);
    const endClientCpu = startCpuWindowOf(fleet.pids);
    await sleep(s2.windowMs);
    const stats = await fleet.report();
    const rss = rssBytes(server.pid);
    // The CPU window closes before the GC, which would otherwise be counted in it.
    const delivery = deliveryMetrics(stats, endCpu(), rss, endClientCpu());
    const loadedAfterGc = baselineAfterGc === null ? afterGc : await rssAfterFullGc(server);
    const perConnectionKiB = (bytes: number) =>
      connected.ready > 0 ? bytes / 1024 / connected.ready : 0;
    const asReadKiB = perConnectionKiB(rss - baseline);
    const afterGcKiB =
      baselineAfterGc !== null && 'bytes' in loadedAfterGc
        ? perConnectionKiB(loadedAfterGc.bytes - baselineAfterGc)
        : null;
    log(
      `S2: RSS per connection ${afterGcKiB === null ? '-' : afterGcKiB.toFixed(1)} KiB after full GC, ` +
        `${asReadKiB.toFixed(1)} KiB as read`,
    );
    return {
      idle,
      connections: connected.ready,
      failed: connected.failed,
      failures: connected.failures,
      connectSeconds: connected.elapsedMs / 1000,
      rssPerConnectionAsReadKiB: asReadKiB,
      rssPerConnectionAfterGcKiB: afterGcKiB,
      ...('unavailable' in loadedAfterGc ? { fullGcUnavailable: loadedAfterGc.unavailable } : {}),
      delivery,
    };
  } finally {
    await fleet.close();
    await server.stop();
  }
}

/**
 * RSS right after a full GC forced through the server's inspector: without it, RSS also counts
 * garbage the feed keeps allocating, which differs by kilobytes per connection between two reads.
 */
async function rssAfterFullGc(
  server: RunningServer,
): Promise<{ bytes: number } | { unavailable: string }> {
  try {
    await forceFullGc(server.inspectorUrl());
    return { bytes: rssBytes(server.pid) };
  } catch (error) {
    const reason = `full GC not forced (${error instanceof Error ? error.message : String(error)}): RSS only as read`;
    log(`S2: ${reason}`);
    return { unavailable: reason };
  }
}
