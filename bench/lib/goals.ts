import type { Profile } from './profile';
import type { ServerResults } from './report';
import { SERVER_LABELS, TICKWIRE_KINDS, type ServerKind, type TickwireKind } from './servers';

export interface GoalCheck {
  /** Which Tickwire mode the figures are from. */
  server: TickwireKind;
  goal: string;
  target: string;
  measured: string;
  met: boolean | null;
}

type Results = Partial<Record<ServerKind, ServerResults>>;

/**
 * The product goals of issue 8, checked against the figures of each Tickwire kind that ran
 * (reported, never asserted).
 */
export function checkGoals(results: Results, profile: Profile): GoalCheck[] {
  return TICKWIRE_KINDS.filter((kind) => results[kind] !== undefined).flatMap((kind) =>
    checkGoalsOf(kind, results, profile),
  );
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
  const s3p99 = tickwire?.s3.delayP99Ms ?? null;
  checks.push({
    goal: 'S3 normal clients p99 vs S1 p99',
    target: '<= 1.10x',
    measured: s3p99 !== null && p99 ? `${(s3p99 / p99).toFixed(2)}x` : '-',
    met: s3p99 !== null && p99 ? s3p99 <= 1.1 * p99 : null,
  });
  return checks.map((check) => ({ server, ...check }));
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
      return `${mark}  ${goalTitle(check)}: ${check.measured} (target ${check.target})`;
    })
    .join('\n');
}
