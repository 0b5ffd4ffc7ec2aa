import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../lib/histogram';
import { LoadFleet } from '../lib/fleet';
import { forceFullGc } from '@tickwire/testing';
import { rssBytes } from '../lib/proc-stats';
import { FULL } from '../lib/profile';
import { feedFor, readCounter } from '../lib/scenarios';
import { startServer } from '../lib/servers';
import { tickwireCredentials, tickwireEnv } from '../lib/tickwire-access';
import { randomSubscriptions } from '../lib/workload';
import { Disturbances } from './disturbances';
import { slopePerMinute, warmupMinutes, type Verdict } from './trend';

const MiB = 2 ** 20;
export const CHURN_PER_SECOND = 20;
export const PAUSED_READERS = 5;

export interface GatewayMinute {
  minute: number;
  rssMiB: number;
  heapUsedAfterGcMiB: number;
  eventLoopLagP99Ms: number;
  openFds: number;
  updatesPerSecond: number;
  delayP99Ms: number | null;
  /** Cumulative: the gateway's tickwire_errors_total and the soak's own unexpected events. */
  gatewayErrors: number;
  clientErrors: number;
  timeouts: number;
  churned: number;
  slowConsumerCloses: number;
}

async function metric(url: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const escaped = labels.replace(/[{}"]/g, (c) => `\\${c}`);
  const match = new RegExp(`^${name}${escaped} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** The S1 workload plus churn, bad frames and paused readers for `minutes`; one line a minute. */
export async function soakGateway(
  minutes: number,
  print: (line: string) => void,
): Promise<{ samples: GatewayMinute[]; verdicts: Verdict[] }> {
  const profile = FULL;
  const feed = feedFor(profile, profile.s1.throttleMs);
  // Tokens outlive the run, so that S1's connections are not closed with 4401 half-way.
  const server = await startServer('tickwire', feed, {
    ...(await tickwireEnv()),
    ACCESS_TOKEN_TTL: '24h',
  });
  const fleet = LoadFleet.start(profile.s1.clientProcesses);
  const headers = await tickwireCredentials(server.url);
  const wsUrl = server.url.replace('http', 'ws');
  const disturbances = new Disturbances(`${wsUrl}/ws`, () => headers, feed.symbols);
  const samples: GatewayMinute[] = [];
  try {
    const subscriptions = randomSubscriptions(
      feed.symbols,
      profile.s1.connections,
      profile.s1.symbolsPerConnection,
      profile.seed,
    );
    const connected = await fleet.connect(
      {
        protocol: 'tickwire',
        url: wsUrl,
        headers,
        align: false,
        throttleMs: profile.s1.throttleMs,
        pauseAfterSubscribe: false,
        concurrency: 50,
        deadlineMs: 60_000,
      },
      subscriptions,
    );
    print(`S1: ${connected.ready} connections (${connected.failed} failed)`);
    disturbances.start(CHURN_PER_SECOND, PAUSED_READERS);
    const started = Date.now();
    fleet.reset();
    for (let minute = 1; minute <= minutes; minute++) {
      await sleep(started + minute * 60_000 - Date.now());
      const stats = await fleet.report();
      fleet.reset();
      const lag = await metric(server.url, 'tickwire_event_loop_lag_seconds', '{quantile="0.99"}');
      await forceFullGc(server.inspectorUrl());
      const sample: GatewayMinute = {
        minute,
        rssMiB: rssBytes(server.pid) / MiB,
        heapUsedAfterGcMiB:
          (await metric(server.url, 'tickwire_nodejs_heap_size_used_bytes')) / MiB,
        eventLoopLagP99Ms: lag * 1000,
        openFds: readdirSync(`/proc/${server.pid}/fd`).length,
        updatesPerSecond: stats.updates / (stats.windowMs / 1000),
        delayP99Ms: percentile(stats.delays, 0.99),
        gatewayErrors: (await readCounter(server.url, 'tickwire_errors_total')) ?? 0,
        clientErrors: disturbances.counts.errors,
        timeouts: disturbances.counts.timeouts,
        churned: disturbances.counts.churned,
        slowConsumerCloses:
          (await readCounter(server.url, 'tickwire_slow_consumer_closes_total')) ?? 0,
      };
      samples.push(sample);
      print(formatMinute(sample, disturbances.counts.lastError));
    }
  } finally {
    disturbances.stop();
    await fleet.close();
    await server.stop();
  }
  return { samples, verdicts: judge(samples, minutes) };
}

function formatMinute(s: GatewayMinute, lastError: string | null): string {
  return (
    `min ${String(s.minute).padStart(2)}: RSS ${s.rssMiB.toFixed(1)} MiB, heap after GC ` +
    `${s.heapUsedAfterGcMiB.toFixed(2)} MiB, loop lag p99 ${s.eventLoopLagP99Ms.toFixed(1)} ms, ` +
    `${s.openFds} fds, ${Math.round(s.updatesPerSecond)} updates/s (p99 ${s.delayP99Ms ?? '-'} ms), ` +
    `${s.churned} churned, ${s.slowConsumerCloses} slow closes, errors: gateway ${s.gatewayErrors} ` +
    `(bad frames answered), unexpected ${s.clientErrors} (${s.timeouts} timeouts)${lastError ? `, last: ${lastError}` : ''}`
  );
}

/**
 * Heap slope under 1 MiB per 10 minutes after warm-up; descriptors: no growth, read as a fitted
 * slope of under 1 descriptor per 10 minutes (single reads move with the ~20 churned connections
 * in flight at any moment).
 */
function judge(samples: GatewayMinute[], minutes: number): Verdict[] {
  const after = samples.filter((s) => s.minute > warmupMinutes(minutes));
  const x = after.map((s) => s.minute);
  const heapSlope =
    10 *
    slopePerMinute(
      x,
      after.map((s) => s.heapUsedAfterGcMiB),
    );
  const fdSlope =
    10 *
    slopePerMinute(
      x,
      after.map((s) => s.openFds),
    );
  const enough = after.length >= 3;
  const last = samples.at(-1);
  return [
    {
      goal: 'heap after GC, slope after warm-up < 1 MiB / 10 min',
      figure: enough
        ? `${heapSlope.toFixed(2)} MiB / 10 min over ${after.length} minutes`
        : 'not judged: fewer than 3 minutes after warm-up',
      passed: enough && heapSlope < 1,
    },
    {
      goal: 'open descriptors, no growth (slope < 1 / 10 min)',
      figure: enough
        ? `${fdSlope.toFixed(2)} / 10 min (${after[0].openFds} -> ${last?.openFds})`
        : 'not judged',
      passed: enough && fdSlope < 1,
    },
  ];
}
