import { s3NotJudged, type Profile } from './profile';
import type { ServerResults } from './report';
import type { ScaleOutResult } from './scale-out';
import type { StormResult } from './storm';
import {
  SERVER_LABELS,
  TICKWIRE_KINDS,
  isClientVariant,
  type ServerKind,
  type TickwireKind,
} from './servers';

export interface GoalCheck {
  /** Which Tickwire mode the figures are from. */
  server: TickwireKind;
  goal: string;
  target: string;
  measured: string;
  met: boolean | null;
  /** Why the run cannot judge this goal (quick mode's short S3): then `met` is null. */
  notJudged?: string;
}

type Results = Partial<Record<ServerKind, ServerResults>>;

/**
 * The product goals of issue 8, checked against the figures of each Tickwire kind that ran
 * (reported, never asserted).
 */
export function checkGoals(results: Results, profile: Profile): GoalCheck[] {
  return TICKWIRE_KINDS.filter(
    (kind) => results[kind] !== undefined && !isClientVariant(kind),
  ).flatMap((kind) => checkGoalsOf(kind, results, profile));
}

function checkGoalsOf(server: TickwireKind, results: Results, profile: Profile): GoalCheck[] {
  const tickwire = results[server]?.fanOut;
  const limit = results.limit?.fanOut;
  const socketio = results.socketio?.fanOut;
  const cpu = tickwire?.s1.cpuUsPerUpdate ?? null;
  const checks: Omit<GoalCheck, 'server'>[] = [];
  const limitCpu = limit?.s1.cpuUsPerUpdate ?? null;
  checks.push({
    goal: 'S1 CPU per update vs raw ws limit',
    target: '<= 1.5x',
    measured: cpu !== null && limitCpu ? `${(cpu / limitCpu).toFixed(2)}x` : '-',
    met: cpu !== null && limitCpu ? cpu <= 1.5 * limitCpu : null,
  });
  const sioCpu = socketio?.s1.cpuUsPerUpdate ?? null;
  checks.push({
    goal: 'S1 CPU per update vs Socket.IO',
    target: '<= 0.20x',
    measured: cpu !== null && sioCpu ? `${(cpu / sioCpu).toFixed(2)}x` : '-',
    met: cpu !== null && sioCpu ? cpu <= sioCpu / 5 : null,
  });
  const p99 = tickwire?.s1.delayP99Ms ?? null;
  const delayTarget = profile.s1.throttleMs + 20;
  checks.push({
    goal: 'S1 delivery delay p99',
    target: `<= ${delayTarget} ms`,
    measured: p99 !== null ? `${p99.toFixed(1)} ms` : '-',
    met: p99 !== null ? p99 <= delayTarget : null,
  });
  const connections = results[server]?.connections;
  const afterGc = connections?.rssPerConnectionAfterGcKiB ?? null;
  // Without a forced GC the as-read figure stands in, and the goal's text says so.
  const perConnection = afterGc ?? connections?.rssPerConnectionAsReadKiB ?? null;
  const reading = afterGc !== null || !connections ? 'after full GC' : 'as read, GC not forced';
  checks.push({
    goal: `S2 RSS per connection, ${reading} (${connections?.connections ?? 0} connections)`,
    target: '<= 16 KiB',
    measured: perConnection !== null ? `${perConnection.toFixed(1)} KiB` : '-',
    met: perConnection !== null ? perConnection <= 16 : null,
  });
  checks.push(...s3Checks(tickwire, p99, s3NotJudged(profile)));
  return checks.map((check) => ({ server, ...check }));
}

/** S3's goals; `notJudged` when the window is too short for them (they are reported, not met). */
function s3Checks(
  tickwire: ServerResults['fanOut'],
  s1p99: number | null,
  notJudged: string | null,
): Omit<GoalCheck, 'server'>[] {
  const s3p99 = tickwire?.s3.delayP99Ms ?? null;
  const perReader = tickwire?.s3.peakRssGrowthPerPausedMiB ?? null;
  const checks = [
    {
      goal: 'S3 normal clients p99 vs S1 p99',
      target: '<= 1.10x',
      measured: s3p99 !== null && s1p99 ? `${(s3p99 / s1p99).toFixed(2)}x` : '-',
      met: s3p99 !== null && s1p99 ? s3p99 <= 1.1 * s1p99 : null,
    },
    {
      goal: 'S3 peak RSS growth per paused reader (vs S1 peak)',
      target: '<= 2 MiB',
      measured: perReader !== null ? `${perReader.toFixed(2)} MiB` : '-',
      met: perReader !== null ? perReader <= 2 : null,
    },
  ];
  return notJudged ? checks.map((check) => ({ ...check, met: null, notJudged })) : checks;
}

/**
 * Issue 11's goals for the scale-out through Redis, per Tickwire kind that ran it: the bus's cost
 * in gateway CPU and delay against the embedded gateway, Redis's own CPU, and whether a second
 * gateway leaves each gateway's cost per update unchanged.
 */
export function checkScaleOutGoals(
  results: Partial<Record<TickwireKind, ScaleOutResult>>,
): GoalCheck[] {
  return TICKWIRE_KINDS.flatMap((server) => {
    const result = results[server];
    if (!result) return [];
    const { embedded, 'redis-1': one, 'redis-2': two } = result;
    const checks: Omit<GoalCheck, 'server'>[] = [];
    const embeddedCpu = embedded?.cpuUsPerUpdateMean ?? null;
    const oneCpu = one?.cpuUsPerUpdateMean ?? null;
    checks.push({
      goal: 'Redis: gateway CPU per update, 1 gateway vs embedded',
      target: '<= 1.15x',
      measured:
        oneCpu !== null && embeddedCpu
          ? `${(oneCpu / embeddedCpu).toFixed(2)}x (${oneCpu.toFixed(2)} vs ${embeddedCpu.toFixed(2)} µs)`
          : '-',
      met: oneCpu !== null && embeddedCpu ? oneCpu <= 1.15 * embeddedCpu : null,
    });
    const embeddedP99 = embedded?.delivery.delayP99Ms ?? null;
    for (const [label, run] of [
      ['1 gateway', one],
      ['2 gateways', two],
    ] as const) {
      const p99 = run?.delivery.delayP99Ms ?? null;
      const added = p99 !== null && embeddedP99 !== null ? p99 - embeddedP99 : null;
      checks.push({
        goal: `Redis: delay p99 added by the bus, ${label}`,
        target: '<= +5 ms',
        measured:
          added !== null && p99 !== null
            ? `${added >= 0 ? '+' : ''}${added.toFixed(1)} ms (${p99.toFixed(1)} vs ${embeddedP99?.toFixed(1)} ms)`
            : '-',
        met: added !== null ? added <= 5 : null,
      });
    }
    // The busier of the two runs (two gateways: every message goes to two subscribers).
    const redisRuns = [one, two].filter((run) => run?.redisCpuPct != null);
    const redisCpu = redisRuns.length
      ? Math.max(...redisRuns.map((run) => run?.redisCpuPct ?? 0))
      : null;
    const rate = one?.ticksPerSecond ?? two?.ticksPerSecond;
    checks.push({
      goal: `Redis: redis-server CPU at ${rate?.toLocaleString('en-US') ?? '-'} ticks/s (busier run)`,
      target: '< 15 % of a core',
      measured: redisCpu !== null ? `${redisCpu.toFixed(1)} %` : '-',
      met: redisCpu !== null ? redisCpu < 15 : null,
    });
    const each = two?.perGateway.map((gateway) => gateway.cpuUsPerUpdate) ?? [];
    const within =
      oneCpu && each.length > 0 && each.every((value) => value !== null)
        ? each.map((value) => value / oneCpu)
        : null;
    checks.push({
      goal: 'Redis: each of 2 gateways CPU per update vs 1 gateway',
      target: 'within 10 %',
      measured: within ? within.map((value) => `${value.toFixed(2)}x`).join(', ') : '-',
      met: within ? within.every((value) => Math.abs(value - 1) <= 0.1) : null,
    });
    return checks.map((check) => ({ server, ...check }));
  });
}

/** Issue 15's reconnect storm: every client live again in time, refusals only as 429/503. */
export function checkStormGoals(storm: StormResult | undefined, profile: Profile): GoalCheck[] {
  if (!storm) return [];
  const slowest = storm.sinceSigtermMs.at(-1) ?? null;
  const limit = profile.storm.recoveryLimitMs;
  const unexpected = Object.keys(storm.outcomes).filter(
    (outcome) => outcome === 'reset' || outcome.includes('no Retry-After'),
  );
  return [
    {
      server: 'tickwire',
      goal: `storm: ${storm.clients} clients live again after a restart, none gives up`,
      target: `all, within ${limit / 1000} s`,
      measured: `${storm.live} live, the last after ${slowest === null ? '-' : `${(slowest / 1000).toFixed(1)} s`}`,
      met: storm.notLive === 0 && slowest !== null && slowest <= limit,
    },
    {
      server: 'tickwire',
      goal: 'storm: refused handshakes are 429/503 with Retry-After, never a reset',
      target: 'no other refusal',
      measured: unexpected.length === 0 ? 'none other' : unexpected.join(', '),
      met: unexpected.length === 0,
    },
  ];
}

/** The goal with the Tickwire kind it was checked against, e.g. `Tickwire aligned: S1 ...`. */
export function goalTitle(check: GoalCheck): string {
  return `${SERVER_LABELS[check.server]}: ${check.goal}`;
}

export function renderGoals(checks: GoalCheck[]): string {
  if (checks.length === 0) return 'n/a   no Tickwire server ran';
  return checks
    .map((check) => {
      const mark = check.met === null ? 'n/a ' : check.met ? 'met ' : 'MISS';
      const why = check.notJudged ? `, ${check.notJudged}` : '';
      return `${mark}  ${goalTitle(check)}: ${check.measured} (target ${check.target}${why})`;
    })
    .join('\n');
}
